package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rules.testing.RuleFixture;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of TestingRules against its fixture (CODE.py and CODE.expected beside this class). */
class TestingRulesFixtureTest {
  static Stream<String> codes() {
    return TestingRules.all().stream().map(r -> RuleMeta.of(r.getClass()).code());
  }

  @ParameterizedTest
  @MethodSource("codes")
  void fixture(String code) {
    RuleFixture.assertFixture(TestingRulesFixtureTest.class, code);
  }
}
