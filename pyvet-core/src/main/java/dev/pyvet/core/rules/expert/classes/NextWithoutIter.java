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
    code = "PV309",
    name = "iterator-without-iter",
    family = "expert",
    defaultEnabled = false,
    summary = "A class without bases defines __next__ but not __iter__, so its instances cannot be "
        + "used in a for loop.",
    fix = FixAvailability.SAFE)
public final class NextWithoutIter implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    // A base (collections.abc.Iterator among others) may supply __iter__, and a metaclass may add it.
    if (!cls.keywords().isEmpty()) {
      return;
    }
    for (Ast.ExprNode b : cls.bases()) {
      if (!QualifiedNames.isOneOf(ExpertModel.of(file), b, "builtins.object")) {
        return;
      }
    }
    Ast.StmtNode next = ClassBodies.lastDefNamed(cls, "__next__");
    if (next == null || ClassBodies.bodyBinds(cls, "__iter__")) {
      return;
    }
    Ast.Located at = (Ast.Located) next;
    out.report(at.lineno(), AstRule.charColumn(file, at.lineno(), at.colOffset()), "PV309",
        "class '" + cls.name() + "' defines __next__ without __iter__, so 'for x in "
            + cls.name() + "(...)' raises TypeError: add 'def __iter__(self): return self'");
  }
}
