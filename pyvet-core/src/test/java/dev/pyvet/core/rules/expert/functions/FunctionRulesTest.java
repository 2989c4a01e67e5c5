package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PV2xx rules on their fixtures (expected lines written and reviewed by hand). */
class FunctionRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"PV201", "PV202", "PV203", "PV204", "PV205", "PV205-defined", "PV206",
      "PV206-guarded", "PV207", "PV208"})
  void fixture(String fixture) {
    String code = fixture.contains("-") ? fixture.substring(0, fixture.indexOf('-')) : fixture;
    RuleFixture.assertFixture(FunctionRulesTest.class, fixture, code, RuleOptions.DEFAULTS);
  }
}
