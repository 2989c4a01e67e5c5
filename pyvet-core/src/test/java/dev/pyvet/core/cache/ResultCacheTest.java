package dev.pyvet.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.FileChecker;
import dev.pyvet.core.check.Linter;
import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
  @TempDir Path root;

  private static final String SETTINGS = "select=[E,W]";
  private static final String BUILD = "build-1";
  /** A time well before "now", so that mtimes are trusted on the next run. */
  private static final FileTime PAST = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

  private final FileChecker checker = checker(79);

  private static FileChecker checker(int maxLineLength) {
    CodeSelection selection = CodeSelection.all();
    RuleOptions options = RuleOptions.DEFAULTS.withPycodestyle(
        RuleOptions.DEFAULTS.pycodestyle().withMaxLineLength(maxLineLength));
    return new FileChecker(selection, List.of(RuleEngine.forSelection(selection::isSelected, options)));
  }

  private FileToCheck write(String name, String content) throws IOException {
    Path p = root.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    Files.setLastModifiedTime(p, PAST);
    return new FileToCheck(name, p);
  }

  /** One run as {@code pyvet check} does it: open, check every file, save. */
  private record Run(ResultCache cache, List<String> findings) {}

  private Run run(String build, String settings, FileChecker checker, List<FileToCheck> files) {
    ResultCache cache = ResultCache.open(root, build, settings);
    Linter.Outcome outcome = new Linter(checker, 2).using(cache.around(checker)).run(files);
    assertThat(outcome.failures()).isEmpty();
    cache.save();
    return new Run(cache, outcome.diagnostics().stream().map(Diagnostic::format).toList());
  }

  private Run run(List<FileToCheck> files) {
    return run(BUILD, SETTINGS, checker, files);
  }

  private List<String> uncached(FileChecker checker, List<FileToCheck> files) {
    return new Linter(checker, 1).run(files).diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void anUnchangedFileIsNotCheckedAgainAndTheCacheIsNotRewritten() throws IOException {
    List<FileToCheck> files = List.of(write("a.py", "x=1 \n"), write("pkg/b.py", "def f( ):\n  return\n"));
    Run first = run(files);
    assertThat(first.cache().checks()).isEqualTo(2);
    assertThat(first.findings()).isEqualTo(uncached(checker, files)).isNotEmpty();
    Path file = first.cache().file();
    assertThat(file.getParent()).isEqualTo(root.resolve(".pyvet_cache"));
    assertThat(root.resolve(".pyvet_cache/CACHEDIR.TAG")).exists();
    FileTime written = Files.getLastModifiedTime(file);
    Files.setLastModifiedTime(file, PAST);

    Run second = run(files);
    assertThat(second.cache().checks()).isZero();
    assertThat(second.cache().hits()).isEqualTo(2);
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(PAST).isNotEqualTo(written);
  }

  @Test
  void findingsTakeTheDisplayPathOfThisRun() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    run(List.of(a));
    Run again = run(List.of(new FileToCheck("./a.py", root.resolve(".").resolve("a.py"))));
    assertThat(again.cache().hits()).isEqualTo(1);
    assertThat(again.findings()).containsExactly("./a.py:1:2: E225 missing whitespace around operator");
  }

  @Test
  void anEditedFileIsCheckedAgain() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    FileToCheck b = write("b.py", "y = 2\n");
    run(List.of(a, b));
    write("a.py", "x = 1\n\n\n\n");
    Run second = run(List.of(a, b));
    assertThat(second.cache().checks()).isEqualTo(1);
    assertThat(second.findings()).containsExactly("a.py:4:1: W391 blank line at end of file");
  }

  @Test
  void aFileIsCheckedAgainWhenItJoinsOrLeavesAPackage() throws IOException {
    FileToCheck a = write("lib/a.py", "x=1\n");
    run(List.of(a));
    assertThat(run(List.of(a)).cache().checks()).isZero();
    FileToCheck init = write("lib/__init__.py", "");
    assertThat(run(List.of(a)).cache().checks()).as("an __init__.py appeared beside it").isEqualTo(1);
    assertThat(run(List.of(a)).cache().checks()).isZero();
    Files.delete(init.path());
    Run outside = run(List.of(a));
    assertThat(outside.cache().hits()).as("the entry of the file outside a package serves again")
        .isEqualTo(1);
    assertThat(outside.findings()).isEqualTo(uncached(checker, List.of(a)));
  }

  @Test
  void aTouchedButUnchangedFileIsReadButNotChecked() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    run(List.of(a));
    Files.setLastModifiedTime(a.path(), FileTime.fromMillis(PAST.toMillis() + 60_000));
    Run second = run(List.of(a));
    assertThat(second.cache().checks()).isZero();
    assertThat(second.findings()).hasSize(1);
  }

  @Test
  void anEditThatKeepsSizeAndMtimeRightAfterAReadIsStillSeen() throws IOException {
    // A coarse file-system clock: the edit gets the mtime the first run recorded.
    Path p = root.resolve("a.py");
    Files.writeString(p, "x = 1\n");
    FileTime justNow = FileTime.fromMillis(System.currentTimeMillis() - 100);
    Files.setLastModifiedTime(p, justNow);
    FileToCheck a = new FileToCheck("a.py", p);
    assertThat(run(List.of(a)).findings()).isEmpty();
    Files.writeString(p, "x=1  \n"); // the same size
    Files.setLastModifiedTime(p, justNow);
    Run second = run(List.of(a));
    assertThat(second.cache().checks()).isEqualTo(1);
    assertThat(second.findings()).containsExactly(
        "a.py:1:2: E225 missing whitespace around operator", "a.py:1:4: W291 trailing whitespace");
  }

  @Test
  void otherSettingsUseTheirOwnFileAndBothStayValid() throws IOException {
    FileToCheck a = write("a.py", "x = 1  # " + "a".repeat(81) + "\n");
    Run at79 = run(List.of(a));
    assertThat(at79.findings()).hasSize(1);
    FileChecker at100 = checker(100);
    Run wide = run(BUILD, "select=[E,W] max-line-length=100", at100, List.of(a));
    assertThat(wide.cache().checks()).isEqualTo(1);
    assertThat(wide.findings()).isEmpty();
    assertThat(wide.cache().file()).isNotEqualTo(at79.cache().file());
    Run again79 = run(List.of(a));
    assertThat(again79.cache().checks()).isZero();
    assertThat(again79.findings()).isEqualTo(at79.findings());
  }

  @Test
  void anotherBuildOfPyvetChecksAgainAndReplacesTheFile() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    Run first = run(List.of(a));
    Run rebuilt = run("build-2", SETTINGS, checker, List.of(a));
    assertThat(rebuilt.cache().checks()).isEqualTo(1);
    assertThat(rebuilt.cache().file()).isEqualTo(first.cache().file());
    assertThat(run("build-2", SETTINGS, checker, List.of(a)).cache().checks()).isZero();
    assertThat(run(List.of(a)).cache().checks()).isEqualTo(1);
  }

  @Test
  void corruptTruncatedForeignOrEmptyCacheFilesAreIgnoredAndRewritten() throws IOException {
    List<FileToCheck> files = List.of(write("a.py", "x=1\n"), write("b.py", "import os, sys\n"));
    Path file = run(files).cache().file();
    byte[] good = Files.readAllBytes(file);
    List<byte[]> bad = new ArrayList<>();
    bad.add(new byte[0]);
    bad.add(Arrays.copyOf(good, good.length - 1));
    bad.add(Arrays.copyOf(good, good.length / 2));
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x10;
    bad.add(flipped);
    bad.add("[tool.other]\nkey = 1\n".getBytes());
    byte[] huge = Arrays.copyOf(good, 64); // a header claiming more strings than there are bytes
    Arrays.fill(huge, 8, 64, (byte) 0xFF);
    bad.add(huge);
    for (byte[] content : bad) {
      Files.write(file, content);
      Run r = run(files);
      assertThat(r.cache().checks()).isEqualTo(2);
      assertThat(r.findings()).isEqualTo(uncached(checker, files));
      assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }
  }

  @Test
  void anEntryDamagedBehindAValidChecksumIsCheckedAgain() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    Path file = run(List.of(a)).cache().file();
    byte[] data = Files.readAllBytes(file);
    int end = data.length - 8;
    // the one finding (row 1, column 2, code 0, message 1) ends the entries: point its message
    // at a string that does not exist, and seal the damage with a fresh checksum
    assertThat(Arrays.copyOfRange(data, end - 4, end)).containsExactly(1, 2, 0, 1);
    data[end - 1] = 9;
    long sum = ContentHash.of(data, 0, end);
    for (int i = 0; i < 8; i++) {
      data[end + i] = (byte) (sum >>> (56 - 8 * i));
    }
    Files.write(file, data);
    Run again = run(List.of(a));
    assertThat(again.cache().checks()).isEqualTo(1);
    assertThat(again.findings()).containsExactly("a.py:1:2: E225 missing whitespace around operator");
    assertThat(run(List.of(a)).cache().checks()).isZero();
  }

  @Test
  void writingSweepsAwayLeftoversAndLongUnusedSettings() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    Path dir = run(List.of(a)).cache().file().getParent();
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 40L * 86_400_000L);
    FileTime hoursAgo = FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L);
    Path oldSettings = Files.writeString(dir.resolve("results-0000000000000001.bin"), "x");
    Files.setLastModifiedTime(oldSettings, old);
    Path recentSettings = Files.writeString(dir.resolve("results-0000000000000002.bin"), "x");
    Path leftover = Files.writeString(dir.resolve("results-123.tmp"), "x");
    Files.setLastModifiedTime(leftover, hoursAgo);
    Path inFlight = Files.writeString(dir.resolve("results-456.tmp"), "x");
    write("a.py", "x = 1\n"); // so that the next run writes
    Run second = run(List.of(a));
    assertThat(second.cache().file()).exists();
    assertThat(oldSettings).doesNotExist();
    assertThat(leftover).doesNotExist();
    assertThat(recentSettings).exists();
    assertThat(inFlight).exists();
    assertThat(dir.resolve("CACHEDIR.TAG")).exists();
  }

  @Test
  void aCacheThatCannotBeWrittenOnlyCostsTime() throws IOException {
    Files.writeString(root.resolve(".pyvet_cache"), "a file where the folder should be");
    FileToCheck a = write("a.py", "x=1\n");
    Run r = run(List.of(a));
    assertThat(r.findings()).hasSize(1);
    assertThat(run(List.of(a)).cache().checks()).isEqualTo(1);
  }

  @Test
  void unreadableAndUndecodableFiles() throws IOException {
    Path bin = root.resolve("bin.py");
    Files.write(bin, new byte[] {'x', '=', 0, '\n'});
    Files.setLastModifiedTime(bin, PAST);
    FileToCheck missing = new FileToCheck("gone.py", root.resolve("gone.py"));
    List<FileToCheck> files = List.of(new FileToCheck("bin.py", bin), missing, write("s.py", "x = (\n"));
    Run first = run(files);
    assertThat(first.findings()).isEqualTo(uncached(checker, files)).hasSize(3);
    Run second = run(files);
    assertThat(second.findings()).isEqualTo(first.findings());
    // E902 for bad bytes and E999 come from the cache; the missing file is looked at again
    assertThat(second.cache().hits()).isEqualTo(2);
    assertThat(second.cache().checks()).isEqualTo(1);
  }

  @Test
  void entriesOfFilesThisRunDidNotCheckAreKept() throws IOException {
    FileToCheck a = write("a.py", "x=1\n");
    FileToCheck b = write("sub/b.py", "y=2\n");
    run(List.of(a, b));
    write("sub/c.py", "z = 3\n");
    run(List.of(b, new FileToCheck("sub/c.py", root.resolve("sub/c.py"))));
    assertThat(run(List.of(a)).cache().checks()).isZero();
  }

  @Test
  void concurrentRunsLeaveAWholeCache() throws Exception {
    List<FileToCheck> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      files.add(write("m" + i + ".py", "x" + i + "=1\n"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 10; round++) {
        CyclicBarrier start = new CyclicBarrier(4);
        List<List<FileToCheck>> parts = new ArrayList<>();
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          List<FileToCheck> part = t % 2 == 0 ? files : files.subList(t * 5, files.size());
          parts.add(part);
          results.add(pool.submit(() -> {
            start.await();
            return run(part).findings();
          }));
        }
        for (int t = 0; t < 4; t++) {
          assertThat(results.get(t).get(60, TimeUnit.SECONDS)).isEqualTo(uncached(checker, parts.get(t)));
        }
        byte[] data = Files.readAllBytes(run(files).cache().file());
        assertThat(CacheCodec.decode(data).entries()).hasSize(files.size());
        // a file changes between rounds (same size, another mtime), so that every round writes
        write("m0.py", "x0=" + round + "\n");
        Files.setLastModifiedTime(root.resolve("m0.py"), FileTime.fromMillis(PAST.toMillis() + round * 1000L));
      }
    } finally {
      pool.shutdownNow();
    }
    try (var leftovers = Files.list(root.resolve(".pyvet_cache"))) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }
}
