package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyvet check} with its result cache: where it lives, when it is bypassed or invalid. */
class ResultCacheCliTest {
  @TempDir Path dir;

  /** 90 characters: E501 at the default limit, fine at 100. */
  private static final String LONG = "x = 1  # " + "a".repeat(81) + "\n";

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void theCacheIsInTheWorkingDirectoryWithoutAConfigurationFile() throws IOException {
    write("a.py", LONG);
    CliRunner first = CliRunner.run(dir, "check");
    assertThat(first.outLines()).containsExactly("./a.py:1:80: E501 line too long (90 > 79 characters)");
    assertThat(dir.resolve(".pyvet_cache")).isDirectory();
    CliRunner second = CliRunner.run(dir, "check", "a.py");
    assertThat(second.outLines()).containsExactly("a.py:1:80: E501 line too long (90 > 79 characters)");
  }

  @Test
  void theCacheIsBesideTheConfigurationFileInUse() throws IOException {
    write("proj/setup.cfg", "[flake8]\nmax-line-length = 85\n");
    write("proj/pkg/a.py", LONG);
    assertThat(CliRunner.run(dir, "check", "proj").outLines()).hasSize(1);
    assertThat(dir.resolve("proj/.pyvet_cache")).isDirectory();
    assertThat(dir.resolve(".pyvet_cache")).doesNotExist();
  }

  @Test
  void noCacheNeitherReadsNorWritesIt() throws IOException {
    write("a.py", LONG);
    assertThat(CliRunner.run(dir, "check", "--no-cache").outLines()).hasSize(1);
    assertThat(dir.resolve(".pyvet_cache")).doesNotExist();
    // a cache file that would give a wrong answer if it were read
    CliRunner.run(dir, "check");
    Path cacheDir = dir.resolve(".pyvet_cache");
    try (var files = Files.list(cacheDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".bin")).toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    assertThat(CliRunner.run(dir, "check", "--no-cache").outLines()).hasSize(1);
    assertThat(CliRunner.run(dir, "check").outLines()).hasSize(1);
  }

  @Test
  void aConfigurationChangeTakesEffectAtOnce() throws IOException {
    write("setup.cfg", "[flake8]\nmax-line-length = 100\n");
    write("a.py", LONG + "y = 2 \n");
    assertThat(CliRunner.run(dir, "check").outLines()).containsExactly("./a.py:2:6: W291 trailing whitespace");
    write("setup.cfg", "[flake8]\nmax-line-length = 80\n");
    assertThat(CliRunner.run(dir, "check").outLines()).containsExactly(
        "./a.py:1:81: E501 line too long (90 > 80 characters)", "./a.py:2:6: W291 trailing whitespace");
    write("setup.cfg", "[flake8]\nmax-line-length = 80\nextend-ignore = W291\n");
    assertThat(CliRunner.run(dir, "check").outLines()).containsExactly(
        "./a.py:1:81: E501 line too long (90 > 80 characters)");
    assertThat(CliRunner.run(dir, "check", "--disable-noqa").outLines()).hasSize(1);
    write("a.py", LONG.replace("\n", "  # noqa\n"));
    assertThat(CliRunner.run(dir, "check").out()).isEmpty();
    assertThat(CliRunner.run(dir, "check", "--disable-noqa").outLines()).containsExactly(
        "./a.py:1:81: E501 line too long (98 > 80 characters)");
  }

  @Test
  void perFileIgnoresAndOutputOptionsApplyToCachedFindings() throws IOException {
    write("a.py", LONG);
    write("b.py", LONG);
    CliRunner.run(dir, "check");
    assertThat(CliRunner.run(dir, "check", "--per-file-ignores", "b.py:E501").outLines())
        .containsExactly("./a.py:1:80: E501 line too long (90 > 79 characters)");
    assertThat(CliRunner.run(dir, "check", "--output-format", "json-lines").outLines()).hasSize(2);
  }

  @Test
  void concurrentRunsAgreeWithUncachedRuns() throws Exception {
    for (int i = 0; i < 30; i++) {
      write("pkg" + i % 3 + "/m" + i + ".py", "x" + i + "=1\n" + (i % 2 == 0 ? LONG : ""));
    }
    String expected = CliRunner.run(dir, "check", "--no-cache").out();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<CliRunner>> runs = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          runs.add(pool.submit(() -> {
            start.await();
            return CliRunner.run(dir, "check", "-j", "1");
          }));
        }
        for (Future<CliRunner> run : runs) {
          CliRunner r = run.get(60, TimeUnit.SECONDS);
          assertThat(r.err()).isEmpty();
          assertThat(r.out()).isEqualTo(expected);
        }
        write("pkg0/m0.py", "x0 = " + round + "  \n");
        expected = CliRunner.run(dir, "check", "--no-cache").out();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
