package dev.pyvet.core.rules.pyflakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The string-formatting codes on their fixtures (expected lines recorded from pyflakes 3.4 on
 * Python 3.13; F542's derived from pyflakes' source, as 3.13 cannot parse t-strings).
 */
class StringFormatRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "F501", "F502", "F503", "F504", "F505", "F506", "F507", "F508", "F509",
      "F521", "F522", "F523", "F524", "F525", "F541", "F542"})
  void fixture(String code) {
    RuleFixture.assertFixture(StringFormatRulesTest.class, code);
  }

  /**
   * f-strings in t-strings, which pyflakes sees only on Python 3.14: nested ones (format specs
   * included) are not checked, except in a lambda's body.
   */
  @Test
  void fStringsInsideTStrings() {
    String source = String.join("\n",
        "a = 1",
        "t'{a:>10}'",
        "t'{f\"nested\"}'",
        "t'{(lambda: f\"lambda body\")()}'",
        "t'{a:{f\"in spec\"}}'",
        "");
    assertThat(RuleFixture.findings(source, "F541", RuleOptions.DEFAULTS))
        .containsExactly("4:13: F541 f-string is missing placeholders");
  }
}
