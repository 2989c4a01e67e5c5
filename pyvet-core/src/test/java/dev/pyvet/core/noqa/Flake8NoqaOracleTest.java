package dev.pyvet.core.noqa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.testing.Python313;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compares noqa handling with flake8 7's own logic replayed by python3.13 (its regexes and its
 * token line ranges from CPython 3.13's tokenize, see {@code noqa-oracle/flake8_noqa.py}): every
 * finding pyvet reports under {@code --disable-noqa} must be kept or silenced as flake8 7 would.
 * Skipped without python3.13.
 */
class Flake8NoqaOracleTest {

  private static String oracle() throws IOException {
    try (InputStream in = Objects.requireNonNull(
        Flake8NoqaOracleTest.class.getResourceAsStream("/noqa-oracle/flake8_noqa.py"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"noqa", "noqa-313"})
  void keepsWhatFlake8SevenKeeps(String fixtures) throws Exception {
    Python313.require();
    Path dir = NoqaFixturesTest.fixtures().resolveSibling(fixtures).toAbsolutePath();
    List<String> all = NoqaFixturesTest.pyvet(dir, dir.toString(), false);
    List<String> kept = NoqaFixturesTest.pyvet(dir, dir.toString(), true);
    assertThat(all.size()).as("findings to compare").isGreaterThan(kept.size());
    String input = String.join("\n", all) + "\n";
    List<String> flake8Kept = Python313.run(oracle(), input).lines().sorted().toList();
    assertThat(kept).containsExactlyElementsOf(flake8Kept);
  }
}
