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
    code = "PV306",
    name = "useless-object-inheritance",
    family = "expert",
    summary = "A class lists object as a base, which every Python 3 class has already.",
    fix = FixAvailability.SAFE)
public final class UselessObjectInheritance implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    for (Ast.ExprNode base : cls.bases()) {
      if (base instanceof Ast.Name n && n.id().equals("object")
          && QualifiedNames.isOneOf(ExpertModel.of(file), base, "builtins.object")) {
        out.report(base.lineno(), AstRule.charColumn(file, base.lineno(), base.colOffset()), "PV306",
            "class '" + cls.name() + "' inherits from 'object' explicitly: remove the base, "
                + "Python 3 classes inherit from object anyway");
      }
    }
  }
}
