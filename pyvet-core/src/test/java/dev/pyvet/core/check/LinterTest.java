package dev.pyvet.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinterTest {
  @TempDir Path root;

  private final FileChecker checker =
      new FileChecker(new FakeFrontend(), CodeSelection.all(), List.of());

  private List<FileToCheck> files(String... nameAndContent) throws IOException {
    List<FileToCheck> files = new ArrayList<>();
    for (int i = 0; i < nameAndContent.length; i += 2) {
      Path p = root.resolve(nameAndContent[i]);
      Files.writeString(p, nameAndContent[i + 1]);
      files.add(new FileToCheck(nameAndContent[i], p));
    }
    return files;
  }

  @Test
  void findingsAreSortedByPathRowAndColumnWhateverTheThreads() throws IOException {
    List<FileToCheck> files =
        files("c.py", "SYNTAX 1 1", "a.py", "SYNTAX 9 1", "b.py", "x", "a0.py", "SYNTAX 2 3");
    List<String> expected =
        List.of("a.py:9:2: E999 SyntaxError: invalid syntax",
            "a0.py:2:4: E999 SyntaxError: invalid syntax",
            "c.py:1:2: E999 SyntaxError: invalid syntax");
    for (int threads : new int[] {1, 2, 8}) {
      Linter.Outcome outcome = new Linter(checker, threads).run(files);
      assertThat(outcome.failures()).isEmpty();
      assertThat(outcome.diagnostics()).map(Diagnostic::format).isEqualTo(expected);
    }
  }

  @Test
  void aCrashInOneFileIsAFailureAndTheOthersAreStillChecked() throws IOException {
    Linter.Outcome outcome =
        new Linter(checker, 2).run(files("a.py", "CRASH", "b.py", "SYNTAX 1 1"));
    assertThat(outcome.diagnostics()).map(Diagnostic::path).containsExactly("b.py");
    assertThat(outcome.failures()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("a.py");
      assertThat(f.cause()).isInstanceOf(IllegalStateException.class);
    });
  }

  @Test
  void checkPathsDiscoversThenChecks() throws IOException {
    Files.createDirectories(root.resolve("pkg/__pycache__"));
    Files.writeString(root.resolve("pkg/m.py"), "SYNTAX 2 1");
    Files.writeString(root.resolve("pkg/__pycache__/c.py"), "SYNTAX 1 1");
    Files.writeString(root.resolve("pkg/notes.txt"), "SYNTAX 1 1");
    Linter.Outcome outcome = new Linter(checker, 2).checkPaths(root, List.of("pkg", "gone.py"));
    assertThat(outcome.diagnostics())
        .map(Diagnostic::format)
        .containsExactly(
            "gone.py:0:1: E902 FileNotFoundError: [Errno 2] No such file or directory: 'gone.py'",
            "pkg/m.py:2:2: E999 SyntaxError: invalid syntax");
  }

  @Test
  void aPathNamedTwiceHasItsFindingsInterleavedByRow() throws IOException {
    Path late = root.resolve("late.py");
    Files.writeString(late, "SYNTAX 5 1");
    Path early = root.resolve("early.py");
    Files.writeString(early, "SYNTAX 2 1");
    List<FileToCheck> files = List.of(new FileToCheck("x.py", late), new FileToCheck("w.py", late),
        new FileToCheck("x.py", early));
    assertThat(new Linter(checker, 2).run(files).diagnostics())
        .map(d -> d.path() + ":" + d.row())
        .containsExactly("w.py:5", "x.py:2", "x.py:5");
  }

  @Test
  void progressHearsOfEveryFileFoundAndChecked() throws IOException {
    java.util.concurrent.atomic.AtomicInteger found = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
    Linter.Progress progress = new Linter.Progress() {
      @Override
      public void fileFound() {
        found.incrementAndGet();
      }

      @Override
      public void fileChecked() {
        checked.incrementAndGet();
      }
    };
    new Linter(checker, 2).reporting(progress).run(files("a.py", "x", "b.py", "CRASH", "c.py", "y"));
    assertThat(found).hasValue(3);
    assertThat(checked).hasValue(3);
  }

  @Test
  void noFilesNoFindings() {
    assertThat(new Linter(checker, 4).run(List.of()).diagnostics()).isEmpty();
  }
}
