package dev.pyvet.core.noqa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.FileChecker;
import dev.pyvet.core.check.Linter;
import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rule.RuleEngine;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixture files under {@code src/test/resources/noqa} checked with {@code --select E,W}, with
 * and without {@code --disable-noqa}. The expected files are flake8's output on them (Debian's
 * flake8 5.0.4, whose noqa code is flake8 7's), see {@link Flake8DifferentialTest}.
 */
class NoqaFixturesTest {

  static Path fixtures() throws URISyntaxException {
    return Path.of(Objects.requireNonNull(NoqaFixturesTest.class.getResource("/noqa/expected.txt")).toURI())
        .getParent();
  }

  static List<String> pyvet(Path dir, boolean honourNoqa) {
    return pyvet(dir, ".", honourNoqa);
  }

  /** {@code pyvet check --select E,W [--disable-noqa] target} run in {@code dir}, lines sorted. */
  static List<String> pyvet(Path dir, String target, boolean honourNoqa) {
    CodeSelection selection = CodeSelection.flake8(List.of("E", "W"), null, List.of());
    FileChecker checker = new FileChecker(selection,
        List.of(RuleEngine.forSelection(selection::isSelected, RuleOptions.DEFAULTS)))
        .honouringNoqa(honourNoqa);
    Linter.Outcome outcome = new Linter(checker, 2).checkPaths(dir, List.of(target));
    assertThat(outcome.failures()).isEmpty();
    return outcome.diagnostics().stream().map(Diagnostic::format).sorted().toList();
  }

  @ParameterizedTest
  @CsvSource({"true, expected.txt", "false, expected-disable-noqa.txt"})
  void findingsAreFlake8s(boolean honourNoqa, String expectedFile) throws Exception {
    Path dir = fixtures();
    List<String> expected = Files.readAllLines(dir.resolve(expectedFile)).stream().sorted().toList();
    assertThat(pyvet(dir, honourNoqa)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @CsvSource({"file_flake8.py", "file_flake8_codes.py", "file_flake8_eq.py", "e999_file.py", "e902_file.py"})
  void fileDirectivesSilenceTheWholeFileUnlessDisabled(String name) throws IOException, URISyntaxException {
    Path dir = fixtures();
    List<String> honoured = pyvet(dir, true);
    List<String> disabled = pyvet(dir, false);
    assertThat(honoured).noneMatch(l -> l.startsWith("./" + name + ":"));
    assertThat(disabled).anyMatch(l -> l.startsWith("./" + name + ":"));
  }
}
