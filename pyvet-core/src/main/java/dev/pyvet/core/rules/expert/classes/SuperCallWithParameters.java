package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.Scope;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV302",
    name = "super-call-with-parameters",
    family = "expert",
    summary = "super(Class, self) inside a method of Class, where Python 3's argument-less super() "
        + "means the same.",
    fix = FixAvailability.SAFE)
public final class SuperCallWithParameters implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!ClassBodies.isSuperCall(call) || call.args().size() != 2 || !call.keywords().isEmpty()
        || !(call.args().get(0) instanceof Ast.Name cls)
        || !(call.args().get(1) instanceof Ast.Name self)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!QualifiedNames.isOneOf(model, call.func(), "builtins.super")) {
      return;
    }
    // Only directly in a method: in a nested function or a lambda the zero-argument form has no
    // __class__ cell and the first parameter to find, so the explicit form is needed there.
    Scope scope = model.scopeOf(call);
    Ast.Node function = scope == null ? null : scope.node();
    Ast.Arguments args = switch (function) {
      case Ast.FunctionDef f -> f.args();
      case Ast.AsyncFunctionDef f -> f.args();
      case null, default -> null;
    };
    if (args == null) {
      return;
    }
    if (!self.id().equals(ClassBodies.firstParameter(args))) {
      return;
    }
    if (!(model.parentOf(function) instanceof Ast.ClassDef owner) || !owner.name().equals(cls.id())
        || slotsDataclass(owner)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV302",
        "'super(" + cls.id() + ", " + self.id() + ")' names the enclosing class and the first "
            + "parameter: write 'super()'");
  }

  /** dataclass(slots=True) builds a new class, which the zero-argument super() does not see. */
  private static boolean slotsDataclass(Ast.ClassDef cls) {
    for (Ast.ExprNode d : cls.decoratorList()) {
      if (d instanceof Ast.Call c) {
        for (Ast.Keyword k : c.keywords()) {
          if ("slots".equals(k.arg())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
