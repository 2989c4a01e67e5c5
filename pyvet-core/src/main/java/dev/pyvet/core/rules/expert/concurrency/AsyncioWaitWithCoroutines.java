package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV406",
    name = "asyncio-wait-with-coroutines",
    family = "expert",
    summary = "asyncio.wait() is given coroutines rather than tasks, which Python 3.11 rejects "
        + "with a TypeError.",
    fix = FixAvailability.UNSAFE)
public final class AsyncioWaitWithCoroutines implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (call.args().isEmpty() || !(call.func() instanceof Ast.Attribute) && !(call.func() instanceof Ast.Name)) {
      return;
    }
    Ast.ExprNode first = call.args().get(0);
    List<Ast.ExprNode> elements = switch (first) {
      case Ast.List l -> l.elts();
      case Ast.Tuple t -> t.elts();
      case Ast.Set s -> s.elts();
      case Ast.ListComp c -> List.of(c.elt());
      case Ast.GeneratorExp g -> List.of(g.elt());
      case Ast.SetComp c -> List.of(c.elt());
      default -> List.of();
    };
    if (elements.isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!QualifiedNames.isOneOf(model, call.func(), "asyncio.wait", "asyncio.tasks.wait")) {
      return;
    }
    for (Ast.ExprNode e : elements) {
      if (e instanceof Ast.Call c) {
        String coroutine = AsyncCode.coroutineCalled(model, c);
        if (coroutine != null) {
          out.report(c.lineno(), AstRule.charColumn(file, c.lineno(), c.colOffset()), "PV406",
              "asyncio.wait() is given the coroutine '" + coroutine + "(...)', which Python 3.11 "
                  + "rejects: wrap it in asyncio.create_task(), or use asyncio.gather()");
          return;
        }
      }
    }
  }
}
