package dev.pyvet.core.rules.pyflakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rules.testing.RuleFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * pyflakes' statement and expression checks: each code's fixture holds hits and tricky non-hits,
 * and its expected lines are pyflakes 3.4's output on it (scripts/pyflakes_oracle.py).
 */
class StatementRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"F601", "F602", "F621", "F622", "F631", "F632", "F633", "F634", "F701",
      "F702", "F704", "F706", "F707", "F901"})
  void reportsWhatPyflakesReports(String code) {
    RuleFixture.assertFixture(StatementRulesTest.class, code);
  }

  /** pyflakes 3.4 reports nothing on F633_bound.py: there, print is the file's own function. */
  @Test
  void printBoundInTheFileIsNotTheBuiltin() throws IOException {
    assertThat(RuleFixture.findings(resource("F633_bound.py"), "F633", RuleOptions.DEFAULTS)).isEmpty();
  }

  /** The walk is iterative: deep trees (nested blocks, long right-nested chains) must not overflow. */
  @Test
  void deepNestingDoesNotOverflow() {
    int depth = 99;
    StringBuilder src = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      src.append(" ".repeat(i)).append("while x:\n");
    }
    src.append(" ".repeat(depth)).append("break\n");
    src.append("class C:\n    return\n");
    src.append("y = 1 is ").append("a + ".repeat(100000)).append("b\n");
    List<String> found = new ArrayList<>();
    for (String code : List.of("F701", "F706", "F632")) {
      found.addAll(RuleFixture.findings(src.toString(), code, RuleOptions.DEFAULTS));
    }
    assertThat(found).containsExactly(
        "102:5: F706 'return' outside function",
        "103:5: F632 use ==/!= to compare constant literals (str, bytes, int, float, tuple)");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StatementRulesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
