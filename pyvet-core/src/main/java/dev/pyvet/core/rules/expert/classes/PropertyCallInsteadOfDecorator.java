package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV307",
    name = "property-call-instead-of-decorator",
    family = "expert",
    summary = "A class builds a property with property(getter, setter) from its own methods "
        + "instead of the @property decorator.",
    fix = FixAvailability.UNSAFE)
public final class PropertyCallInsteadOfDecorator implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    ClassBodies.forEachCallAssignment(cls, (a, target, call, methods) -> {
      // property(fget, fset, fdel, doc): the fourth positional argument is the docstring
      List<Ast.ExprNode> accessors = new ArrayList<>(call.args().subList(0, Math.min(call.args().size(), 3)));
      for (Ast.Keyword k : call.keywords()) {
        if ("fget".equals(k.arg()) || "fset".equals(k.arg()) || "fdel".equals(k.arg())) {
          accessors.add(k.value());
        }
      }
      boolean own = false;
      boolean others = false;
      for (Ast.ExprNode e : accessors) {
        // Public accessors (get_x, set_x) are API of their own that the rewrite would remove.
        if (e instanceof Ast.Name n && methods.contains(n.id()) && n.id().startsWith("_")
            && !n.id().endsWith("__")) {
          own = true;
        } else if (!(e instanceof Ast.Constant c && c.value() instanceof ConstantValue.None)) {
          others = true;
        }
      }
      // Without a getter of its own (a setter-only property), the decorator form does not fit.
      Ast.ExprNode getter = call.args().isEmpty() ? keyword(call, "fget") : call.args().get(0);
      if (others || !(getter instanceof Ast.Name g && methods.contains(g.id()))) {
        return;
      }
      if (!own || !QualifiedNames.isOneOf(ExpertModel.of(file), call.func(), "builtins.property")) {
        return;
      }
      out.report(a.lineno(), AstRule.charColumn(file, a.lineno(), a.colOffset()), "PV307",
          "property '" + target.id() + "' of '" + cls.name() + "' is built with property(...) from "
              + "its own methods: decorate a method named '" + target.id() + "' with @property"
              + (hasSetter(call) ? " and its setter with @" + target.id() + ".setter" : ""));
    });
  }

  private static boolean hasSetter(Ast.Call call) {
    if (call.args().size() >= 2 && !(call.args().get(1) instanceof Ast.Constant)) {
      return true;
    }
    for (Ast.Keyword k : call.keywords()) {
      if ("fset".equals(k.arg())) {
        return true;
      }
    }
    return false;
  }

  private static Ast.ExprNode keyword(Ast.Call call, String name) {
    for (Ast.Keyword k : call.keywords()) {
      if (name.equals(k.arg())) {
        return k.value();
      }
    }
    return null;
  }
}
