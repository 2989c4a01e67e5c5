package dev.pyvet.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.syntax.PySyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCheckerTest {
  @TempDir Path root;

  private final FileChecker checker =
      new FileChecker(new FakeFrontend(), CodeSelection.all(), List.of());

  private FileToCheck file(String name, byte[] content) throws IOException {
    Path p = root.resolve(name);
    Files.write(p, content);
    return new FileToCheck(name, p);
  }

  @Test
  void aValidFileHasNoFindings() throws IOException {
    assertThat(checker.check(file("ok.py", "x = 1\n".getBytes()))).isEmpty();
  }

  @Test
  void syntaxErrorsAreE999AtFlake8sColumn() throws IOException {
    assertThat(checker.check(file("bad.py", "SYNTAX 3 5\n".getBytes())))
        .containsExactly(new Diagnostic("bad.py", 3, 6, "E999", "SyntaxError: invalid syntax"));
  }

  @Test
  void indentationErrorsKeepTheirClassName() {
    PySyntaxError error =
        new PySyntaxError(PySyntaxError.Kind.IndentationError, "unexpected indent", 2, 5, 0, 0);
    assertThat(FileChecker.syntaxError("a.py", error))
        .isEqualTo(new Diagnostic("a.py", 2, 6, "E999", "IndentationError: unexpected indent"));
  }

  @Test
  void undecodableFilesAreE902() throws IOException {
    List<Diagnostic> found = checker.check(file("bin.py", new byte[] {'x', 0, 1}));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("E902");
      assertThat(d.row()).isEqualTo(1);
      assertThat(d.message())
          .isEqualTo("SyntaxError: source code cannot contain null bytes (binary file?)");
    });
  }

  @Test
  void decodeErrorsAreNamedAfterThePythonException() {
    byte[] text = "x = '\u00e9'".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(
            DecodeErrors.describe(
                new dev.pyvet.syntax.source.SourceDecodingException(
                    "Non-UTF-8 code starting with '\\xe9' on line 1, but no encoding declared", 1),
                text))
        .isEqualTo(
            "UnicodeDecodeError: Non-UTF-8 code starting with '\\xe9' on line 1, but no encoding declared");
    assertThat(
            DecodeErrors.describe(
                new dev.pyvet.syntax.source.SourceDecodingException("unknown encoding: uft-8", 0),
                text))
        .isEqualTo("SyntaxError: unknown encoding: uft-8");
    assertThat(DecodeErrors.looksBinary(new byte[] {1, 2, 0})).isTrue();
    assertThat(DecodeErrors.looksBinary(text)).isFalse();
  }

  @Test
  void missingFilesAreE902AsFlake8ReportsThem() {
    FileToCheck missing = new FileToCheck("nope.py", root.resolve("nope.py"));
    assertThat(checker.check(missing))
        .containsExactly(
            new Diagnostic(
                "nope.py",
                0,
                1,
                "E902",
                "FileNotFoundError: [Errno 2] No such file or directory: 'nope.py'"));
  }

  @Test
  void danglingLinksAreE902() throws IOException {
    Path link = root.resolve("gone.py");
    Files.createSymbolicLink(link, root.resolve("nowhere"));
    assertThat(checker.check(new FileToCheck("gone.py", link)))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("FileNotFoundError:"));
  }

  @Test
  void directoriesNamedAsFilesAreE902() throws IOException {
    Path dir = Files.createDirectory(root.resolve("pkg.py"));
    assertThat(checker.check(new FileToCheck("pkg.py", dir)))
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("E902"));
  }

  @Test
  void unreadableFilesAreE902() throws IOException {
    Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root can read any file");
    FileToCheck f = file("secret.py", "x = 1\n".getBytes());
    f.path().toFile().setReadable(false);
    assertThat(checker.check(f))
        .containsExactly(
            new Diagnostic(
                "secret.py", 0, 1, "E902", "PermissionError: [Errno 13] Permission denied: 'secret.py'"));
  }

  @Test
  void unselectedCodesAreDropped() throws IOException {
    FileChecker onlySyntax =
        new FileChecker(new FakeFrontend(), CodeSelection.of(List.of("E999"), List.of()), List.of());
    assertThat(onlySyntax.check(new FileToCheck("nope.py", root.resolve("nope.py")))).isEmpty();
    assertThat(onlySyntax.check(file("bad.py", "SYNTAX 1 1\n".getBytes()))).hasSize(1);
  }

  @Test
  void rulesRunOnParsedFilesOnly() throws IOException {
    List<String> seen = new ArrayList<>();
    FileRule rule =
        (parsed, report) -> {
          synchronized (seen) {
            seen.add(parsed.file().displayPath());
          }
          report.accept(new Diagnostic(parsed.file().displayPath(), 1, 1, "X100", "seen"));
        };
    FileChecker withRule =
        new FileChecker(new FakeFrontend(), CodeSelection.of(List.of(), List.of("X1")), List.of(rule));
    assertThat(withRule.check(file("ok.py", "x\n".getBytes()))).isEmpty();
    assertThat(withRule.check(file("bad.py", "SYNTAX 1 1\n".getBytes()))).hasSize(1);
    assertThat(seen).containsExactly("ok.py");
  }

  @Test
  void anInlineNoqaSilencesE999OnItsLineUnlessDisabled() throws IOException {
    FileToCheck f = file("bad.py", "x = 1\nSYNTAX 2 1  # NOQA\n".getBytes());
    assertThat(checker.check(f)).isEmpty();
    assertThat(checker.honouringNoqa(false).check(f)).extracting(Diagnostic::code).containsExactly("E999");
    assertThat(checker.check(file("b.py", "SYNTAX 1 1  # noqa:E9\n".getBytes()))).isEmpty();
    assertThat(checker.check(file("c.py", "SYNTAX 1 1  # noqa:E501\n".getBytes())))
        .extracting(Diagnostic::code).containsExactly("E999");
    assertThat(checker.check(file("d.py", "# noqa\nSYNTAX 2 1\n".getBytes())))
        .extracting(Diagnostic::code).containsExactly("E999");
  }

  @Test
  void aFileDirectiveSilencesTheWholeFileUnlessDisabled() throws IOException {
    FileToCheck f = file("bad.py", "# pyvet: noqa\nSYNTAX 2 1\n".getBytes());
    assertThat(checker.check(f)).isEmpty();
    assertThat(checker.honouringNoqa(false).check(f)).extracting(Diagnostic::code).containsExactly("E999");
  }

  @Test
  void undecodableFilesAreReadAsLatin1ForTheirDirectives() throws IOException {
    assertThat(checker.check(file("a.py", new byte[] {'x', ' ', ' ', '#', ' ', 'n', 'o', 'q', 'a', 0}))).isEmpty();
    assertThat(checker.check(file("b.py", "# flake8: noqa\nx\0\n".getBytes()))).isEmpty();
    assertThat(checker.check(file("c.py", "x\0\n# noqa\n".getBytes())))
        .extracting(Diagnostic::code).containsExactly("E902");
  }

  @Test
  void unreadableFilesAreNeverSilenced() {
    FileToCheck missing = new FileToCheck("nope.py", root.resolve("nope.py"));
    assertThat(checker.check(missing)).extracting(Diagnostic::row).containsExactly(0);
  }
}
