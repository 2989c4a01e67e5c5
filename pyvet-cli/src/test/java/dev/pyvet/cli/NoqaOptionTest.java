package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyvet check} reads noqa comments, and {@code --disable-noqa} turns them off. */
class NoqaOptionTest {
  @TempDir Path dir;

  @Test
  void inlineNoqaSilencesItsLineUnlessDisabled() throws IOException {
    Files.writeString(dir.resolve("a.py"), "x=1  # noqa: E225\ny=1  # noqa: E501\nz = = 1  # noqa\n");
    Files.writeString(dir.resolve("b.py"), "x=1\n");
    CliRunner on = CliRunner.run(dir, "check", "a.py");
    assertThat(on.status()).isZero();
    assertThat(on.outLines()).isEmpty();
    Files.writeString(dir.resolve("a.py"), "x=1  # noqa: E225\ny=1  # noqa: E501\n");
    assertThat(CliRunner.run(dir, "check", "a.py").outLines())
        .containsExactly("a.py:2:2: E225 missing whitespace around operator");
    assertThat(CliRunner.run(dir, "check", "--disable-noqa", "a.py").outLines())
        .containsExactly("a.py:1:2: E225 missing whitespace around operator",
            "a.py:2:2: E225 missing whitespace around operator");
  }

  @Test
  void aFileDirectiveSkipsTheFileUnlessDisabled() throws IOException {
    Files.writeString(dir.resolve("a.py"), "# flake8: noqa\nx = = 1\n");
    assertThat(CliRunner.run(dir, "check", "a.py").status()).isZero();
    CliRunner off = CliRunner.run(dir, "check", "--disable-noqa", "a.py");
    assertThat(off.status()).isEqualTo(1);
    assertThat(off.outLines()).containsExactly("a.py:2:6: E999 SyntaxError: invalid syntax");
  }
}
