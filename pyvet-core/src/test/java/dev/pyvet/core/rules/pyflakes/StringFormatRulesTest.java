package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The string-formatting codes on their fixtures (expected lines recorded from pyflakes 3.4). */
class StringFormatRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "F501", "F502", "F503", "F504", "F505", "F506", "F507", "F508", "F509",
      "F521", "F522", "F523", "F524", "F525", "F541", "F542"})
  void fixture(String code) {
    RuleFixture.assertFixture(StringFormatRulesTest.class, code);
  }
}
