package dev.pyvet.core.rules.expert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** docs/expert-rules.md, the measured table, agrees with the rules: one row each, same default. */
class ExpertRulesTableTest {

  @Test
  void everyPvRuleHasARowWhoseRecommendationIsItsDefault() throws IOException {
    // tests run in the module's folder; the docs are at the repository's root
    Path table = Path.of("..", "docs", "expert-rules.md");
    Map<String, String> recommended = new TreeMap<>();
    Map<String, String> names = new TreeMap<>();
    for (String line : Files.readAllLines(table)) {
      if (line.startsWith("| PV")) {
        String[] cells = line.split("\\|");
        String code = cells[1].strip();
        names.put(code, cells[2].strip());
        recommended.put(code, cells[cells.length - 1].strip());
      }
    }
    Map<String, String> expected = new TreeMap<>();
    Map<String, String> expectedNames = new TreeMap<>();
    for (var rule : RuleRegistry.all()) {
      RuleMeta m = RuleRegistry.meta(rule);
      if (m.code().startsWith("PV")) {
        expected.put(m.code(), m.defaultEnabled() ? "yes" : "no");
        expectedNames.put(m.code(), m.name());
      }
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(60);
    assertThat(recommended).isEqualTo(expected);
    assertThat(names).isEqualTo(expectedNames);
  }
}
