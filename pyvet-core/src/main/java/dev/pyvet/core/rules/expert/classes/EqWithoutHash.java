package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV305",
    name = "eq-without-hash",
    family = "expert",
    defaultEnabled = false,
    summary = "A class defines __eq__ but not __hash__, which makes its instances unhashable "
        + "without saying so.")
public final class EqWithoutHash implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    Ast.StmtNode eq = ClassBodies.lastDefNamed(cls, "__eq__");
    if (eq == null || ClassBodies.bodyBinds(cls, "__hash__") || unhashableBase(cls, file)) {
      return;
    }
    Ast.Located at = (Ast.Located) eq;
    out.report(at.lineno(), AstRule.charColumn(file, at.lineno(), at.colOffset()), "PV305",
        "class '" + cls.name() + "' defines __eq__ without __hash__, so Python sets __hash__ to "
            + "None and its instances cannot be set members or dict keys: define __hash__ from the "
            + "fields __eq__ compares, or write '__hash__ = None' to make that explicit");
  }

  /** Mutable containers are unhashable already, so overriding __eq__ on them changes nothing. */
  private static final Set<String> UNHASHABLE = Set.of(
      "builtins.dict", "builtins.list", "builtins.set", "builtins.bytearray",
      "collections.OrderedDict", "collections.defaultdict", "collections.deque",
      "collections.Counter", "collections.UserDict", "collections.UserList");

  private static boolean unhashableBase(Ast.ClassDef cls, ParsedFile file) {
    for (Ast.ExprNode b : cls.bases()) {
      String q = QualifiedNames.of(ExpertModel.of(file), b);
      if (q != null && UNHASHABLE.contains(q)) {
        return true;
      }
    }
    return false;
  }
}
