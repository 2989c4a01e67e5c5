package dev.pyvet.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery keeps exactly the Python files that git itself does not ignore ({@code git ls-files
 * --others --exclude-standard}), on a tree with many kinds of patterns. Skipped without git.
 */
class GitOracleTest {
  @TempDir Path root;

  private void write(String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void keepsWhatGitKeeps() throws Exception {
    Assumptions.assumeTrue(run(root, "git", "--version") != null, "git is not installed");
    write(
        ".gitignore",
        String.join(
            "\n",
            "# comment",
            "*_gen.py",
            "!keep_gen.py",
            "/top.py",
            "cache/",
            "docs/**/conf.py",
            "data/**",
            "!data/special.py",
            "**/fixtures/*.py",
            "a?c.py",
            "[xy]z.py",
            "[!q]q.py",
            "\\#hash.py",
            "space.py\\ ",
            "trailing.py   ",
            "sub/anchored.py",
            "deep/**/leaf/",
            ""));
    write("sub/.gitignore", "!top.py\nlocal.py\n/only_here.py\n*.py\n!keep*.py\n");
    write("sub/inner/.gitignore", "!local.py\n");
    String[] files = {
      "a.py", "x_gen.py", "keep_gen.py", "top.py", "sub/top.py", "cache/c.py", "cache.py",
      "docs/conf.py", "docs/a/conf.py", "docs/a/b/conf.py", "docs/a/other.py", "data/d.py",
      "data/special.py", "data/x/y.py", "fixtures/f.py", "t/fixtures/f.py", "t/fixtures/x/f.py",
      "abc.py", "abbc.py", "xz.py", "zz.py", "qq.py", "aq.py", "#hash.py", "space.py",
      "trailing.py", "sub/anchored.py", "sub/keep1.py", "sub/drop.py", "sub/local.py",
      "sub/only_here.py", "sub/inner/local.py", "sub/inner/keep2.py", "sub/inner/only_here.py",
      "anchored.py", "x/sub/anchored.py", "deep/leaf/l.py", "deep/a/b/leaf/l.py", "deep/leafy/l.py",
      "stub.pyi", "notes.txt"
    };
    for (String f : files) {
      write(f, "");
    }
    assertThat(run(root, "git", "init", "-q")).isNotNull();
    write(".git/info/exclude", "excluded_*.py\n!excluded_but_kept.py\n");
    write("excluded_a.py", "");
    write("sub2/excluded_b.py", "");
    write("excluded_but_kept.py", "");
    String listed = run(root, "git", "ls-files", "--others", "--exclude-standard");
    assertThat(listed).isNotNull();
    List<String> expected =
        listed.lines()
            .filter(FileDiscovery::isPythonFileName)
            .map(l -> l.startsWith("\"") ? l : "./" + l)
            .sorted()
            .toList();
    assertThat(expected).contains("./a.py").doesNotContain("./x_gen.py");

    List<String> actual =
        new FileDiscovery(root)
            .discover(List.of(".")).files().stream().map(FileToCheck::displayPath).toList();
    assertThat(actual).isEqualTo(expected);

    // Walking a subdirectory: the ignore files above it still apply, as in git.
    List<String> inSub =
        new FileDiscovery(root.resolve("sub"))
            .discover(List.of(".")).files().stream().map(FileToCheck::displayPath).toList();
    List<String> expectedInSub =
        expected.stream()
            .filter(p -> p.startsWith("./sub/"))
            .map(p -> "./" + p.substring("./sub/".length()))
            .toList();
    assertThat(inSub).isEqualTo(expectedInSub);
  }

  /** The command's stdout, or null if it could not run or failed. */
  private static String run(Path dir, String... command) throws InterruptedException {
    try {
      ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
      pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      pb.environment().put("HOME", dir.toString());
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    }
  }
}
