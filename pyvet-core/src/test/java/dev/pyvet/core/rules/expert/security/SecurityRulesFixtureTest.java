package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rules.testing.RuleFixture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of SecurityRules against its fixture (CODE.py and CODE.expected beside this class). */
class SecurityRulesFixtureTest {
  static Stream<String> codes() {
    return SecurityRules.all().stream().map(r -> RuleMeta.of(r.getClass()).code());
  }

  @ParameterizedTest
  @MethodSource("codes")
  void fixture(String code) {
    RuleFixture.assertFixture(SecurityRulesFixtureTest.class, code);
  }
}
