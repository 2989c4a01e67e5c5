package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PV5xx rules on their fixtures (expected lines written and reviewed by hand). */
class PerformanceRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"PV501", "PV502", "PV503", "PV505", "PV506"})
  void fixture(String code) {
    RuleFixture.assertFixture(PerformanceRulesTest.class, code);
  }
}
