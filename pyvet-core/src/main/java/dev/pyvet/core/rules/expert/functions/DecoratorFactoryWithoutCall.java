package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.HashSet;
import java.util.Set;

@RuleInfo(
    code = "PV211",
    name = "decorator-factory-without-call",
    family = "expert",
    summary = "A decorator factory of this file is applied bare, without calling it first.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class DecoratorFactoryWithoutCall implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class, Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    for (LocalDecorators.Use use : LocalDecorators.of(node, file)) {
      if (!isFactory(use.function())) {
        continue;
      }
      Ast.Name name = use.name();
      out.report(name.lineno(), Syntax.column(file, name), "PV211",
          "'" + name.id() + "' is a decorator factory used without a call: write '@" + name.id()
              + "()' so the decorated function is not passed as its first parameter");
    }
  }

  /**
   * Whether the function builds a decorator: every parameter is optional or keyword-only, and
   * it only returns an inner function that takes one parameter and itself returns an inner
   * function (the wrapper).
   */
  private static boolean isFactory(Ast.FunctionDef f) {
    Ast.Arguments a = f.args();
    int positional = a.posonlyargs().size() + a.args().size();
    if (positional == 0 || positional != a.defaults().size() || a.vararg() != null) {
      // no parameter at all is a factory too, but then `@f` fails loudly at definition time
      return false;
    }
    Set<String> returned = new HashSet<>();
    boolean[] otherReturn = {false};
    java.util.Map<String, Ast.FunctionDef> inner = new java.util.HashMap<>();
    Syntax.forEachInScope(f.body(), n -> {
      if (n instanceof Ast.Return r) {
        if (r.value() instanceof Ast.Name name) {
          returned.add(name.id());
        } else {
          otherReturn[0] = true;
        }
      } else if (n instanceof Ast.FunctionDef g && g != f) {
        inner.put(g.name(), g);
      }
    });
    if (otherReturn[0] || returned.size() != 1) {
      return false;
    }
    Ast.FunctionDef decorator = inner.get(returned.iterator().next());
    if (decorator == null) {
      return false;
    }
    Ast.Arguments da = decorator.args();
    if (da.posonlyargs().size() + da.args().size() != 1 || da.vararg() != null) {
      return false;
    }
    // the decorator level returns a function of its own
    Set<String> wrappers = new HashSet<>();
    Set<String> decoratorReturns = new HashSet<>();
    Syntax.forEachInScope(decorator.body(), n -> {
      if (n instanceof Ast.FunctionDef g && g != decorator) {
        wrappers.add(g.name());
      } else if (n instanceof Ast.AsyncFunctionDef g) {
        wrappers.add(g.name());
      } else if (n instanceof Ast.Return r && r.value() instanceof Ast.Name name) {
        decoratorReturns.add(name.id());
      }
    });
    decoratorReturns.retainAll(wrappers);
    return !decoratorReturns.isEmpty();
  }
}
