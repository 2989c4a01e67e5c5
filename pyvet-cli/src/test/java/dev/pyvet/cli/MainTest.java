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
