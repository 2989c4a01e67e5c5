package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV210",
    name = "decorator-returns-none",
    family = "expert",
    summary = "A function of this file used as a decorator never returns a value.",
    defaultEnabled = true)
public final class DecoratorReturnsNone implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class, Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    String decorated = node instanceof Ast.ClassDef c ? c.name() : Syntax.Def.of(node).name();
    for (LocalDecorators.Use use : LocalDecorators.of(node, file)) {
      if (!returnsNothing(use.function())) {
        continue;
      }
      Ast.Name name = use.name();
      out.report(name.lineno(), Syntax.column(file, name), "PV210",
          "decorator '" + name.id() + "' never returns a value, so '" + decorated
              + "' becomes None: return the decorated object at the end of '" + name.id() + "'");
    }
  }

  /**
   * Whether the function falls off its end on every path without a value: no return with a
   * value, no yield, and a body that is not only a stub or ends in a raise.
   */
  private static boolean returnsNothing(Ast.FunctionDef f) {
    if (f.body().isEmpty()) {
      return false;
    }
    Ast.StmtNode last = f.body().get(f.body().size() - 1);
    if (last instanceof Ast.Raise || isStub(f.body())) {
      return false;
    }
    // a decorator that calls what it decorates runs it on the spot (`@call def _setup(): ...`):
    // the name is a throwaway then
    List<Ast.Arg> params = f.args().posonlyargs().isEmpty() ? f.args().args()
        : f.args().posonlyargs();
    String decorated = params.isEmpty() ? null : params.get(0).arg();
    boolean[] value = {false};
    Syntax.forEachInScope(f.body(), n -> {
      if ((n instanceof Ast.Return r && r.value() != null) || n instanceof Ast.Yield
          || n instanceof Ast.YieldFrom
          || (n instanceof Ast.Call c && c.func() instanceof Ast.Name called
              && called.id().equals(decorated))) {
        value[0] = true;
      }
    });
    return !value[0];
  }

  /** A body of only a docstring, pass or ... (a protocol or an overload stub). */
  private static boolean isStub(List<Ast.StmtNode> body) {
    for (Ast.StmtNode s : body) {
      boolean trivial = s instanceof Ast.Pass
          || (s instanceof Ast.Expr e && e.value() instanceof Ast.Constant);
      if (!trivial) {
        return false;
      }
    }
    return true;
  }
}
