package dev.pyvet.core.rules.expert.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PV2xx rules on their fixtures (expected lines written and reviewed by hand). */
class FunctionRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"PV201", "PV202", "PV203", "PV204", "PV205", "PV205-defined", "PV206",
      "PV206-guarded", "PV207", "PV208", "PV209", "PV210", "PV211"})
  void fixture(String fixture) {
    String code = fixture.contains("-") ? fixture.substring(0, fixture.indexOf('-')) : fixture;
    RuleFixture.assertFixture(FunctionRulesTest.class, fixture, code, RuleOptions.DEFAULTS);
  }

  /** A module that computes a version flag is written for both versions: nothing to port. */
  @Test
  void compatibilityModulesAreLeftAlone() {
    String compat = """
        import sys
        PY2 = sys.version_info[0] == 2
        string_types = basestring,
        def items(d):
            return d.iteritems()
        """;
    assertThat(RuleFixture.findings(compat, "PV205", RuleOptions.DEFAULTS)).isEmpty();
    assertThat(RuleFixture.findings(compat, "PV206", RuleOptions.DEFAULTS)).isEmpty();
    String plain = compat.replace("PY2 =", "legacy =").replace("string_types", "names");
    assertThat(RuleFixture.findings(plain, "PV205", RuleOptions.DEFAULTS)).hasSize(1);
    assertThat(RuleFixture.findings(plain, "PV206", RuleOptions.DEFAULTS)).hasSize(1);
  }
}
