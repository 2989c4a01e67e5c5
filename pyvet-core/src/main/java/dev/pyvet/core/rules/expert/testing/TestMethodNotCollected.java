package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Locale;
import java.util.Set;

/**
 * A method of a TestCase subclass that reads like a test (its name has {@code test} in a
 * different case, a swapped spelling, or as a suffix; it takes only self; it asserts) but that
 * unittest's loader skips because the name does not start with {@code test}. Methods the file
 * calls or names elsewhere are helpers and are left alone.
 */
@RuleInfo(
    code = "PV701",
    name = "unittest-test-method-not-collected",
    family = "expert",
    summary = "Reports TestCase methods that look like tests but are never run because their names do not start with 'test'.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class TestMethodNotCollected implements AstRule {
  // prefixes people use to switch a test off on purpose
  private static final String[] DISABLING_PREFIXES = {
      "disabled", "disable_", "skip", "xfail", "broken", "todo", "xxx", "x_", "dont", "no_", "off_", "_"};
  private static final Set<String> MISSPELLED_PREFIXES = Set.of("tset", "tets", "etst", "tst_", "tes_", "testt");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    for (Ast.StmtNode def : TestClasses.candidateMethods(file, cls,
        name -> !name.startsWith("test") && looksLikeTest(name))) {
      String name = TestClasses.name(def);
      if (!onlyUnittestDecorators(ExpertModel.of(file), def) || !TestClasses.takesOnlySelf(def)
          || !TestClasses.asserts(TestClasses.body(def), true)
          || TestClasses.mentioned(file).contains(name)) {
        continue;
      }
      Ast.Located at = (Ast.Located) def;
      int col = AstRule.charColumn(file, at.lineno(), at.colOffset());
      out.report(at.lineno(), col, "PV701",
          "method '" + name + "' of TestCase '" + cls.name()
              + "' is never run: unittest collects only methods whose names start with 'test'");
    }
  }

  private static boolean looksLikeTest(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String p : DISABLING_PREFIXES) {
      if (lower.startsWith(p)) {
        return false;
      }
    }
    if (lower.startsWith("test") || lower.endsWith("_test") || lower.contains("_test_")) {
      return true;
    }
    for (String p : MISSPELLED_PREFIXES) {
      if (lower.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Decorators other than unittest's (skip, expectedFailure) or mock's may change what the method is. */
  private static boolean onlyUnittestDecorators(SemanticModel model, Ast.StmtNode def) {
    for (Ast.ExprNode d : TestClasses.decorators(def)) {
      Ast.ExprNode target = d instanceof Ast.Call c ? c.func() : d;
      String q = QualifiedNames.of(model, target);
      if (q == null || !(q.startsWith("unittest.") || q.startsWith("mock."))) {
        return false;
      }
    }
    return true;
  }
}
