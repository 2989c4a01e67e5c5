package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  @Test
  void versionComesFromThePom() {
    CliRunner r = CliRunner.run(dir, "--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("pyvet \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRunner r = CliRunner.run(dir, "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Usage: pyvet", "check", "debug", "Exit status");
  }

  @Test
  void subcommandsHaveHelp() {
    CliRunner check = CliRunner.run(dir, "check", "--help");
    assertThat(check.status()).isZero();
    assertThat(check.out()).contains("Usage: pyvet check", "--select", "--ignore", "--exit-zero");
    CliRunner ast = CliRunner.run(dir, "debug", "ast", "--help");
    assertThat(ast.status()).isZero();
    assertThat(ast.out()).contains("Usage: pyvet debug ast", "FILE");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRunner r = CliRunner.run(dir);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Missing required subcommand", "pyvet --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    CliRunner unknown = CliRunner.run(dir, "chek");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).contains("'chek'", "pyvet check");

    CliRunner option = CliRunner.run(dir, "check", "--frobnicate");
    assertThat(option.status()).isEqualTo(2);
    assertThat(option.err()).contains("Unknown option: '--frobnicate'", "pyvet check --help");
  }

  @Test
  void mistypedCommandsAndOptionsGetSuggestions() {
    assertThat(CliRunner.run(dir, "chek").errLines()).containsExactly(
        "pyvet: error: Unmatched argument at index 0: 'chek'",
        "Did you mean: pyvet check?",
        "Try 'pyvet --help' for more information.");
    assertThat(CliRunner.run(dir, "check", "--selct", "E").errLines()).containsExactly(
        "pyvet: error: Unknown option: '--selct'",
        "Possible solutions: --select",
        "Try 'pyvet check --help' for more information.");
    assertThat(CliRunner.run(dir, "debug", "ats").err()).contains("Did you mean: pyvet debug ast?");
  }

  @Test
  void helpCommandShowsAnyCommandsHelp() {
    assertThat(CliRunner.run(dir, "help").out()).isEqualTo(CliRunner.run(dir, "--help").out());
    assertThat(CliRunner.run(dir, "help", "check").out()).isEqualTo(CliRunner.run(dir, "check", "-h").out());
    assertThat(CliRunner.run(dir, "help", "debug", "ast").out())
        .isEqualTo(CliRunner.run(dir, "debug", "ast", "--help").out());
    CliRunner unknown = CliRunner.run(dir, "help", "chek");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("pyvet: error: Unknown subcommand 'chek'.");
  }

  @Test
  void everyCommandPrintsTheVersion() {
    String version = CliRunner.run(dir, "-V").out();
    assertThat(CliRunner.run(dir, "check", "--version").out()).isEqualTo(version);
    assertThat(CliRunner.run(dir, "debug", "ast", "-V").out()).isEqualTo(version);
  }

  @Test
  void helpTextsFitIn80Columns() {
    for (String[] args : new String[][] {{"-h"}, {"check", "-h"}, {"rules", "-h"}, {"rule", "-h"},
        {"debug", "-h"}, {"debug", "ast", "-h"}, {"help", "help"}}) {
      CliRunner r = CliRunner.run(dir, args);
      assertThat(r.status()).isZero();
      assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThan(80));
    }
  }

  @Test
  void repeatedSingleOptionsAndBadFlagValuesAreUsageErrors() {
    CliRunner twice = CliRunner.run(dir, "check", "--max-line-length", "80", "--max-line-length=90");
    assertThat(twice.status()).isEqualTo(2);
    assertThat(twice.err()).contains("option '--max-line-length' (N) should be specified only once");
    CliRunner flag = CliRunner.run(dir, "check", "--isolated=yes");
    assertThat(flag.status()).isEqualTo(2);
    assertThat(flag.err()).contains("Invalid value for option '--isolated': 'yes' is not a boolean");
    CliRunner missing = CliRunner.run(dir, "check", "--select");
    assertThat(missing.err()).contains("Missing required parameter for option '--select' (CODES)");
  }

  @Test
  void malformedCodesAreUsageErrors() {
    CliRunner r = CliRunner.run(dir, "check", "--select", "E9,9x");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--select: '9x' is neither an error code");
  }

  @Test
  void badJobCountsAreUsageErrors() {
    CliRunner zero = CliRunner.run(dir, "check", "-j", "0");
    assertThat(zero.status()).isEqualTo(2);
    assertThat(zero.err()).contains("--jobs must be at least 1");
    CliRunner word = CliRunner.run(dir, "check", "--jobs", "many");
    assertThat(word.status()).isEqualTo(2);
    assertThat(word.err()).contains("'many'");
  }

  @Test
  void debugAstWithoutFilesIsAUsageError() {
    CliRunner r = CliRunner.run(dir, "debug", "ast");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("FILE");
  }
}
