package dev.pyvet.core.rules.expert.debugging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebuggingRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "PV101", "PV102", "PV103", "PV104", "PV105", "PV106", "PV107", "PV108", "PV109", "PV110",
      "PV111", "PV112", "PV113", "PV114", "PV115"})
  void fixture(String code) {
    RuleFixture.assertFixture(DebuggingRulesTest.class, code);
  }

  /** Scripts and command-line front-ends may print, even inside a package. */
  @ParameterizedTest
  @ValueSource(strings = {"PV105-script", "PV105-guarded", "PV105-guarded-and"})
  void printInScriptsIsNotReported(String fixture) {
    assertThat(RuleFixture.findings(resource(fixture), "PV105", RuleOptions.DEFAULTS)).isEmpty();
  }

  /** Outside a package, and in tests, library-only rules stay quiet on the same code. */
  @Test
  void libraryRulesNeedAPackageModule() {
    String code = "import logging\nlogging.basicConfig()\nlogging.info('x')\nprint('x')\n";
    for (String path : new String[] {"standalone.py", "mypkg/tests/__init__.py", "mypkg/__main__.py"}) {
      String source = "# fixture-path: " + path + "\n" + code;
      for (String rule : new String[] {"PV105", "PV111", "PV113"}) {
        assertThat(RuleFixture.findings(source, rule, RuleOptions.DEFAULTS)).as(rule + " on " + path).isEmpty();
      }
    }
    String inPackage = "# fixture-path: mypkg/__init__.py\n" + code;
    assertThat(RuleFixture.findings(inPackage, "PV105", RuleOptions.DEFAULTS)).hasSize(1);
    assertThat(RuleFixture.findings(inPackage, "PV111", RuleOptions.DEFAULTS)).hasSize(1);
    assertThat(RuleFixture.findings(inPackage, "PV113", RuleOptions.DEFAULTS)).hasSize(1);
  }

  /** Debugger calls in tests, and profiler calls in tools, are not leftovers. */
  @Test
  void leftoverRulesSkipTestsAndTools() {
    String code = "import pdb, cProfile, sys\npdb.set_trace()\ncProfile.run('x')\nsys.settrace(print)\n";
    for (String path : new String[] {"tests/test_x.py", "tools/prof.py"}) {
      String source = "# fixture-path: " + path + "\n" + code;
      for (String rule : new String[] {"PV101", "PV103", "PV104"}) {
        assertThat(RuleFixture.findings(source, rule, RuleOptions.DEFAULTS)).as(rule + " on " + path).isEmpty();
      }
    }
  }

  /** Deep nesting must not need a deep call stack. */
  @Test
  void deeplyNestedCodeDoesNotOverflow() {
    StringBuilder s = new StringBuilder("import logging\nlog = logging.getLogger(__name__)\n");
    s.append("try:\n    pass\nexcept OSError as e:\n    x = log.error('%s' % e)");
    s.append(" + e".repeat(50_000)).append("\n");
    s.append("y = log.info('a'").append(" + e".repeat(50_000)).append(")\n");
    for (String rule : new String[] {"PV101", "PV105", "PV108", "PV109", "PV110", "PV112", "PV113"}) {
      assertThat(RuleFixture.findings(s.toString(), rule, RuleOptions.DEFAULTS)).isNotNull();
    }
    assertThat(RuleFixture.findings(s.toString(), "PV108", RuleOptions.DEFAULTS)).hasSize(2);
    assertThat(RuleFixture.findings(s.toString(), "PV110", RuleOptions.DEFAULTS)).hasSize(1);
  }

  private static String resource(String name) {
    try (var in = DebuggingRulesTest.class.getResourceAsStream(name + ".py")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
