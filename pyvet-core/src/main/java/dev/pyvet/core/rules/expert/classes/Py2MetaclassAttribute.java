package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV304",
    name = "py2-metaclass-attribute",
    family = "expert",
    summary = "A class body assigns __metaclass__, which Python 3 ignores, so the class silently "
        + "gets no custom metaclass.",
    fix = FixAvailability.UNSAFE)
public final class Py2MetaclassAttribute implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    for (Ast.StmtNode s : cls.body()) {
      Ast.ExprNode target = null;
      Ast.ExprNode value = null;
      if (s instanceof Ast.Assign a) {
        for (Ast.ExprNode t : a.targets()) {
          if (t instanceof Ast.Name n && n.id().equals("__metaclass__")) {
            target = t;
            value = a.value();
          }
        }
      } else if (s instanceof Ast.AnnAssign a && a.value() != null && a.target() instanceof Ast.Name n
          && n.id().equals("__metaclass__")) {
        target = a.target();
        value = a.value();
      }
      if (target == null) {
        continue;
      }
      String meta = ClassBodies.dotted(value);
      String fix = "type".equals(meta)
          ? "remove it, 'type' is already the default"
          : "pass it as 'class " + cls.name() + "(metaclass=" + (meta == null ? "..." : meta) + ")'";
      out.report(target.lineno(), AstRule.charColumn(file, target.lineno(), target.colOffset()), "PV304",
          "'__metaclass__' in class '" + cls.name() + "' is ignored by Python 3: " + fix);
    }
  }
}
