package dev.pyvet.core.rules.mccabe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.config.AppliedSettings;
import dev.pyvet.core.config.Settings;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleRegistry;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TooComplexTest {
  private static final Pattern EXPECT = Pattern.compile("# expect: (.+) (\\d+)$");

  private static String fixture() throws IOException {
    try (InputStream in = TooComplexTest.class.getResourceAsStream("c901.py")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Diagnostic> check(String source, RuleOptions options) {
    SourceText text = SourceText.of(source);
    List<Diagnostic> found = new ArrayList<>();
    RuleEngine engine = RuleEngine.forSelection("C901"::equals, options);
    engine.check(new ParsedFile(new FileToCheck("t.py", Path.of("t.py")), text, Parser.parse(text)), found::add);
    found.sort(Diagnostic.ORDER);
    return found;
  }

  /** The fixture's expect comments as flake8 lines (row, col + 1, message) in row order. */
  private static List<String> expected(String source, int max) {
    List<String> out = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = EXPECT.matcher(lines[i]);
      if (m.find() && Integer.parseInt(m.group(2)) > max) {
        int col = lines[i].length() - lines[i].stripLeading().length();
        out.add((i + 1) + ":" + (col + 1) + ": '" + m.group(1) + "' is too complex (" + m.group(2) + ")");
      }
    }
    return out;
  }

  private static List<String> shown(List<Diagnostic> found) {
    return found.stream().map(d -> d.row() + ":" + d.col() + ": " + d.message()).toList();
  }

  @Test
  void everyGraphOfTheFixtureHasMccabesComplexity() throws IOException {
    String source = fixture();
    List<String> want = expected(source, 0);
    assertThat(want).hasSize(24);
    assertThat(shown(check(source, RuleOptions.DEFAULTS.withMaxComplexity(0))))
        .containsExactlyElementsOf(want);
  }

  @Test
  void onlyGraphsAboveTheThresholdAreReported() throws IOException {
    String source = fixture();
    for (int max = 1; max <= 4; max++) {
      assertThat(shown(check(source, RuleOptions.DEFAULTS.withMaxComplexity(max))))
          .as("max-complexity %d", max)
          .containsExactlyElementsOf(expected(source, max));
    }
    assertThat(check(source, RuleOptions.DEFAULTS.withMaxComplexity(4))).isEmpty();
  }

  @Test
  void offWithoutMaxComplexityAsFlake8() throws IOException {
    assertThat(check(fixture(), RuleOptions.DEFAULTS)).isEmpty();
    assertThat(check(fixture(), RuleOptions.DEFAULTS.withMaxComplexity(-1))).isEmpty();
  }

  @Test
  void maxComplexityComesFromSettings() {
    Settings settings =
        new Settings(null, null, null, null, null, null, null, null, null, null, 7, null, null, null,
            null, null, null, null, null);
    assertThat(new AppliedSettings(settings, Path.of(".")).ruleOptions().maxComplexity())
        .isEqualTo(7);
    assertThat(new AppliedSettings(Settings.EMPTY, Path.of(".")).ruleOptions().maxComplexity())
        .isEqualTo(-1);
  }

  @Test
  void registeredOffByDefaultUnderItsName() {
    assertThat(RuleRegistry.find("complex-structure")).isInstanceOf(TooComplex.class);
    assertThat(RuleRegistry.meta(RuleRegistry.find("C901")).defaultEnabled()).isFalse();
  }

  @Test
  void reportsAtTheDefLineOfADecoratedFunctionWithAsciiOrNotColumns() {
    String source = "class K:\n    @staticmethod\n    def é(x):\n        if x:\n            pass\n";
    assertThat(shown(check(source, RuleOptions.DEFAULTS.withMaxComplexity(1))))
        .containsExactly("3:5: 'K.é' is too complex (2)");
  }
}
