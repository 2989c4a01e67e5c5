package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PV3xx rules (classes and the object model) on their fixtures. No reference tool exists for
 * them: the expected lines were written per fixture, and each fixture holds the look-alikes the
 * rule must leave alone (shadowed names, aliases, nested functions, the idiomatic form).
 */
class ClassRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"PV301", "PV302", "PV303", "PV304", "PV305", "PV306", "PV307", "PV308", "PV309", "PV310"})
  void fixture(String code) {
    RuleFixture.assertFixture(ClassRulesTest.class, code);
  }
}
