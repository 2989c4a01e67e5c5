package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of {@code pyvet check} with the real decoder and parser. */
class CheckCommandTest {
  @TempDir Path dir;

  private static final String VALID = "def f(x):\n    return x + 1\n";
  private static final String UNCLOSED = "x = (\n";

  private void write(String relative, String content) throws IOException {
    write(relative, content.getBytes(StandardCharsets.UTF_8));
  }

  private void write(String relative, byte[] content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
  }

  @Test
  void aCleanTreeExitsZeroSilently() throws IOException {
    write("pkg/a.py", VALID);
    write("pkg/b.pyi", "def f(x: int) -> int: ...\n");
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void syntaxErrorsAreReportedWhereFlake8PutsThem() throws IOException {
    write("a.py", UNCLOSED);
    write("sub/b.py", "def f(:\n    pass\n");
    CliRunner r = CliRunner.run(dir, "check", ".");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            "./a.py:1:6: E999 SyntaxError: '(' was never closed",
            "./sub/b.py:1:8: E999 SyntaxError: invalid syntax");
  }

  @Test
  void indentationErrorsKeepTheirName() throws IOException {
    write("a.py", "if x:\npass\n");
    CliRunner r = CliRunner.run(dir, "check", "a.py");
    assertThat(r.outLines())
        .containsExactly(
            "a.py:2:2: E999 IndentationError: expected an indented block after 'if' statement on line 1");
  }

  @Test
  void sourceTooDeepForCPythonsParserIsAMemoryErrorNotACrash() throws IOException {
    write("deep.py", "-".repeat(10_000) + "1\n");
    write("fine.py", "(".repeat(199) + ")".repeat(199) + "\n");
    CliRunner r = CliRunner.run(dir, "check", "--select", "E9", "deep.py", "fine.py");
    assertThat(r.err()).isEmpty();
    assertThat(r.outLines())
        .containsExactly(
            "deep.py:0:1: E999 MemoryError: Parser stack overflowed - Python source too complex to parse");
  }

  @Test
  void pathsArePrintedAsGiven() throws IOException {
    write("pkg/a.py", UNCLOSED);
    assertThat(CliRunner.run(dir, "check", "pkg").outLines()).singleElement().asString().startsWith("pkg/a.py:");
    assertThat(CliRunner.run(dir, "check", "pkg/").outLines()).singleElement().asString().startsWith("pkg/a.py:");
    assertThat(CliRunner.run(dir, "check", "pkg/a.py").outLines()).singleElement().asString().startsWith("pkg/a.py:");
    assertThat(CliRunner.run(dir.resolve("pkg"), "check").outLines()).singleElement().asString().startsWith("./a.py:");
  }

  @Test
  void excludedDirectoriesAndGitignoredFilesAreSkipped() throws IOException {
    write(".gitignore", "generated/\n*_pb2.py\n");
    write(".venv/lib/bad.py", UNCLOSED);
    write("node_modules/x/bad.py", UNCLOSED);
    write("__pycache__/bad.py", UNCLOSED);
    write("generated/bad.py", UNCLOSED);
    write("api_pb2.py", UNCLOSED);
    write("real.py", UNCLOSED);
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.outLines()).containsExactly("./real.py:1:6: E999 SyntaxError: '(' was never closed");
  }

  @Test
  void namedFilesAreCheckedWhateverTheirNameOrIgnoreRules() throws IOException {
    write(".gitignore", "script\n");
    write("script", UNCLOSED);
    CliRunner r = CliRunner.run(dir, "check", "script");
    assertThat(r.outLines()).containsExactly("script:1:6: E999 SyntaxError: '(' was never closed");
  }

  @Test
  void missingPathsAreE902LikeFlake8() {
    CliRunner r = CliRunner.run(dir, "check", "nope.py");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            "nope.py:0:1: E902 FileNotFoundError: [Errno 2] No such file or directory: 'nope.py'");
  }

  @Test
  void danglingLinksAndLinkLoopsAreHandled() throws IOException {
    write("pkg/ok.py", VALID);
    Files.createSymbolicLink(dir.resolve("pkg/gone.py"), dir.resolve("nowhere.py"));
    Files.createSymbolicLink(dir.resolve("pkg/loop"), dir.resolve("pkg"));
    CliRunner r = CliRunner.run(dir, "check", "pkg");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            "pkg/gone.py:0:1: E902 FileNotFoundError: [Errno 2] No such file or directory: 'pkg/gone.py'");
  }

  @Test
  void unreadableFilesAreE902() throws IOException {
    Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root can read any file");
    write("secret.py", VALID);
    dir.resolve("secret.py").toFile().setReadable(false);
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.outLines())
        .containsExactly(
            "./secret.py:0:1: E902 PermissionError: [Errno 13] Permission denied: './secret.py'");
  }

  @Test
  void binaryAndNulFilesAreE902() throws IOException {
    write("nul.py", "x = 1\0\n");
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    write("binary.py", binary);
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.outLines()).hasSize(2).allSatisfy(line -> assertThat(line).contains(": E902 "));
    assertThat(r.outLines().get(0)).startsWith("./binary.py:");
    assertThat(r.outLines().get(1)).startsWith("./nul.py:").contains("null");
  }

  @Test
  void nonUtf8WithoutCookieIsE902AndLatin1WithCookieIsFine() throws IOException {
    write("latin.py", "x = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    write(
        "cookie.py",
        "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.outLines()).singleElement().asString().startsWith("./latin.py:1:1: E902 ");
  }

  @Test
  void selectAndIgnoreFilterCodes() throws IOException {
    write("a.py", UNCLOSED);
    CliRunner onlyIo = CliRunner.run(dir, "check", "--select", "E902", "a.py", "nope.py");
    assertThat(onlyIo.outLines()).singleElement().asString().startsWith("nope.py:0:1: E902");
    CliRunner onlySyntax = CliRunner.run(dir, "check", "--select=E999", "a.py", "nope.py");
    assertThat(onlySyntax.outLines()).singleElement().asString().startsWith("a.py:1:6: E999");
    CliRunner ignored = CliRunner.run(dir, "check", "--ignore", "E9", "a.py", "nope.py");
    assertThat(ignored.status()).isZero();
    assertThat(ignored.out()).isEmpty();
  }

  @Test
  void exitZeroQuietAndNoCache() throws IOException {
    write("a.py", UNCLOSED);
    write("b.py", UNCLOSED);
    CliRunner zero = CliRunner.run(dir, "check", "--exit-zero", "--no-cache");
    assertThat(zero.status()).isZero();
    assertThat(zero.outLines()).hasSize(2);
    CliRunner quiet = CliRunner.run(dir, "check", "-q");
    assertThat(quiet.status()).isEqualTo(1);
    assertThat(quiet.outLines()).containsExactly("./a.py", "./b.py");
    CliRunner silent = CliRunner.run(dir, "check", "-qq");
    assertThat(silent.status()).isEqualTo(1);
    assertThat(silent.out()).isEmpty();
  }

  @Test
  void outputIsDeterministicWhateverTheArgumentOrderAndJobs() throws IOException {
    for (int i = 0; i < 30; i++) {
      write("d" + (i % 3) + "/f" + i + ".py", i % 2 == 0 ? UNCLOSED : "x = 1\n  y = 2\n");
    }
    String reference = CliRunner.run(dir, "check", "-j", "1", "d0", "d1", "d2").out();
    assertThat(reference.lines()).hasSize(30).isSorted();
    assertThat(CliRunner.run(dir, "check", "-j", "4", "d2", "d0", "d1").out()).isEqualTo(reference);
  }

  @Test
  void optionsTakeValuesEitherWayAndListsAddUp() throws IOException {
    write("a.py", "import os\nx=1\n");
    write("-dash.py", "import sys\n");
    CliRunner spaced = CliRunner.run(dir, "check", "--no-cache", "--select", "E225", "--select", "F401", "a.py");
    assertThat(spaced.outLines()).containsExactly(
        "a.py:1:1: F401 'os' imported but unused", "a.py:2:2: E225 missing whitespace around operator");
    CliRunner attached = CliRunner.run(dir, "check", "--no-cache", "--select=E225,F401", "-j1", "a.py");
    assertThat(attached.out()).isEqualTo(spaced.out());
    // after --, a name starting with a dash is a path, not an option
    CliRunner dashed = CliRunner.run(dir, "check", "--no-cache", "-qq", "--select=F", "--", "-dash.py");
    assertThat(dashed.status()).isEqualTo(1);
    assertThat(dashed.out()).isEmpty();
    assertThat(CliRunner.run(dir, "check", "--no-cache", "--", "-dash.py").outLines())
        .containsExactly("-dash.py:1:1: F401 'sys' imported but unused");
  }
}
