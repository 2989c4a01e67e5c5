package dev.pyvet.core.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleOptions;
import org.junit.jupiter.api.Test;

class RuleFixtureTest {
  @Test
  void reportsOnlyTheSelectedCodeAsFlake8Lines() {
    String source = "if x == None :\n    pass\n";
    assertThat(RuleFixture.findings(source, "E711", RuleOptions.DEFAULTS))
        .containsExactly("1:6: E711 comparison to None should be 'if cond is None:'");
  }
}
