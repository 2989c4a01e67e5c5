package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV308",
    name = "no-staticmethod-or-classmethod-decorator",
    family = "expert",
    summary = "A class body rebinds a method with name = staticmethod(name) or "
        + "classmethod(name) instead of decorating it.",
    fix = FixAvailability.UNSAFE)
public final class NoStaticmethodOrClassmethodDecorator implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    ClassBodies.forEachCallAssignment(cls, (a, target, call, methods) -> {
      if (call.args().size() != 1 || !call.keywords().isEmpty()
          || !(call.args().get(0) instanceof Ast.Name arg)
          || !arg.id().equals(target.id()) || !methods.contains(arg.id())) {
        return;
      }
      String q = QualifiedNames.of(ExpertModel.of(file), call.func());
      if (!"builtins.staticmethod".equals(q) && !"builtins.classmethod".equals(q)) {
        return;
      }
      String decorator = q.substring("builtins.".length());
      out.report(a.lineno(), AstRule.charColumn(file, a.lineno(), a.colOffset()), "PV308",
          "'" + target.id() + " = " + decorator + "(" + target.id() + ")' in class '" + cls.name()
              + "': decorate 'def " + target.id() + "' with @" + decorator + " instead");
    });
  }
}
