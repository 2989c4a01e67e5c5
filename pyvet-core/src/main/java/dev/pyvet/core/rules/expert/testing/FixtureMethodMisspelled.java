package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * In a TestCase subclass, a method whose name is one of unittest's hooks spelled in another case
 * or with underscores ({@code setup}, {@code setUP}, {@code tear_down}, {@code setUpclass}), which
 * unittest never calls; and {@code setUpClass}/{@code tearDownClass} taking {@code cls} without {@code @classmethod}.
 */
@RuleInfo(
    code = "PV702",
    name = "unittest-fixture-method-misspelled",
    family = "expert",
    summary = "Reports TestCase hooks that unittest never calls because they are misspelled (setup, setUP, tearDownclass...) or setUpClass/tearDownClass without @classmethod.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class FixtureMethodMisspelled implements AstRule {
  /** unittest's hooks (and Django's class-level one) by their name in lower case without underscores. */
  private static final Map<String, String> HOOKS = Map.of(
      "setup", "setUp",
      "teardown", "tearDown",
      "setupclass", "setUpClass",
      "teardownclass", "tearDownClass",
      "asyncsetup", "asyncSetUp",
      "asyncteardown", "asyncTearDown",
      "setuptestdata", "setUpTestData");
  private static final Set<String> CLASS_HOOKS = Set.of("setUpClass", "tearDownClass", "setUpTestData");
  // pytest's xunit-style names: pytest may call them, so they are not misspellings
  private static final Set<String> PYTEST_NAMES = Set.of("setup_class", "teardown_class", "setup_method", "teardown_method");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    for (Ast.StmtNode def : TestClasses.candidateMethods(file, cls,
        name -> hookFor(name) != null && !PYTEST_NAMES.contains(name))) {
      String name = TestClasses.name(def);
      String hook = hookFor(name);
      Ast.Located at = (Ast.Located) def;
      int col = AstRule.charColumn(file, at.lineno(), at.colOffset());
      if (!hook.equals(name)) {
        if (!TestClasses.mentioned(file).contains(name)) {
          out.report(at.lineno(), col, "PV702", "'" + name + "' in TestCase '" + cls.name()
              + "' is never called by unittest: rename it to '" + hook + "'");
        }
      } else if (CLASS_HOOKS.contains(hook) && !isClassMethod(def) && takesParameter(def)) {
        out.report(at.lineno(), col, "PV702", "'" + name + "' in TestCase '" + cls.name()
            + "' is called on the class: decorate it with @classmethod");
      }
    }
  }

  /** The hook a method name spells in another case or with underscores, or null. */
  private static String hookFor(String name) {
    return HOOKS.get(name.toLowerCase(Locale.ROOT).replace("_", ""));
  }

  /** A hook without parameters is called fine on the class; one with {@code cls} gets no argument. */
  private static boolean takesParameter(Ast.StmtNode def) {
    Ast.Arguments a = TestClasses.args(def);
    return !a.posonlyargs().isEmpty() || !a.args().isEmpty();
  }

  /** Any decorator counts: staticmethod works as well, and others we cannot see through may wrap it. */
  private static boolean isClassMethod(Ast.StmtNode def) {
    return !TestClasses.decorators(def).isEmpty();
  }
}
