package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.rules.testing.RuleFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PV4xx rules (concurrency and async) on their fixtures. No reference tool exists for them:
 * the expected lines were written per fixture, and each fixture holds the look-alikes the rule
 * must leave alone (shadowed names, aliases, other objects' methods, main guards, async forms).
 */
class ConcurrencyRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"PV401", "PV402", "PV403", "PV404", "PV405", "PV406", "PV407", "PV408"})
  void fixture(String code) {
    RuleFixture.assertFixture(ConcurrencyRulesTest.class, code);
  }
}
