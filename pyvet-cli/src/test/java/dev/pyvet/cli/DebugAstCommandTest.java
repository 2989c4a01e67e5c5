package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code pyvet debug ast} with the real decoder, parser and dumper. */
class DebugAstCommandTest {
  @TempDir Path dir;

  private static final String PASS_DUMP =
      "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])";

  @Test
  void oneFileIsDumpedOnOneLineWithoutHeader() throws IOException {
    Files.writeString(dir.resolve("a.py"), "pass\n");
    CliRunner r = CliRunner.run(dir, "debug", "ast", "a.py");
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).containsExactly(PASS_DUMP);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void severalFilesGetHeadersAndErrorsDoNotStopTheOthers() throws IOException {
    Files.writeString(dir.resolve("a.py"), "pass\n");
    Files.writeString(dir.resolve("bad.py"), "x = (\n");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/c.py"), "pass\n");
    CliRunner r = CliRunner.run(dir, "debug", "ast", "a.py", "bad.py", "missing.py", "sub/c.py");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly("==> a.py <==", PASS_DUMP, "==> sub/c.py <==", PASS_DUMP);
    assertThat(r.errLines())
        .containsExactly(
            "bad.py:1:5: SyntaxError: '(' was never closed",
            "missing.py: FileNotFoundError: [Errno 2] No such file or directory: 'missing.py'");
  }

  @Test
  void undecodableFilesAreReported() throws IOException {
    Files.write(dir.resolve("nul.py"), new byte[] {'x', 0, '\n'});
    CliRunner r = CliRunner.run(dir, "debug", "ast", "nul.py");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("nul.py:1:").contains("SyntaxError:", "null");
  }
}
