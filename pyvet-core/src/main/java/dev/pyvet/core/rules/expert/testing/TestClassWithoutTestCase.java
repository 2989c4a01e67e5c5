package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * A module-level class in a test module (test_*.py, *_test.py) that has {@code test*} methods calling
 * {@code self.assert*}, but no base class: unittest does not collect it, and pytest collects it
 * only to fail on the missing assert methods. Classes the file names elsewhere (mixins combined
 * with TestCase further down) and classes named like mixins or bases are left alone.
 */
@RuleInfo(
    code = "PV703",
    name = "unittest-class-without-testcase",
    family = "expert",
    summary = "Reports test classes whose methods use self.assert* but that do not derive from unittest.TestCase, so no runner runs them.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class TestClassWithoutTestCase implements AstRule {
  private static final String[] HELPER_WORDS = {"Mixin", "Base", "Abstract", "Common", "Mix"};

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    if (!isTestFile(file) || !cls.keywords().isEmpty() || !cls.decoratorList().isEmpty()
        || !(cls.name().startsWith("Test") || cls.name().endsWith("Test") || cls.name().endsWith("Tests"))) {
      return;
    }
    for (String w : HELPER_WORDS) {
      if (cls.name().contains(w)) {
        return;
      }
    }
    if (cls.bases().size() > 1 || (cls.bases().size() == 1
        && !"builtins.object".equals(QualifiedNames.of(ExpertModel.of(file), cls.bases().get(0))))) {
      return;
    }
    if (!(ExpertModel.of(file).parentOf(cls) instanceof Ast.Module)) {
      return;
    }
    boolean hasTest = false;
    for (Ast.StmtNode def : TestClasses.methods(cls)) {
      if (TestClasses.name(def).startsWith("test") && TestClasses.asserts(TestClasses.body(def), false)) {
        hasTest = true;
        break;
      }
    }
    if (!hasTest || TestClasses.mentioned(file).contains(cls.name())) {
      return;
    }
    out.report(cls.lineno(), AstRule.charColumn(file, cls.lineno(), cls.colOffset()), "PV703",
        "test class '" + cls.name() + "' calls self.assert* but does not derive from unittest.TestCase: "
            + "no runner runs it; add the base class");
  }

  private static boolean isTestFile(ParsedFile file) {
    String path = file.file().displayPath().replace('\\', '/');
    String base = path.substring(path.lastIndexOf('/') + 1);
    // support modules beside the tests (mixins shared by several test modules) are not test
    // modules: only files a runner would collect count
    return base.startsWith("test_") || base.endsWith("_test.py");
  }
}
