package dev.pyvet.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDiscoveryTest {
  @TempDir Path root;

  private Path write(String relative, String content) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  private List<String> discover(String... args) {
    FileDiscovery.Result r = new FileDiscovery(root).discover(List.of(args));
    assertThat(r.problems()).isEmpty();
    return r.files().stream().map(FileToCheck::displayPath).toList();
  }

  @Test
  void walksInSortedOrderTakingPythonFilesOnly() throws IOException {
    write("b.py", "");
    write("a.pyi", "");
    write("notes.txt", "");
    write("pkg/z.py", "");
    write("pkg/sub/y.py", "");
    write("a_dir/x.py", "");
    assertThat(discover("."))
        .containsExactly("./a.pyi", "./a_dir/x.py", "./b.py", "./pkg/sub/y.py", "./pkg/z.py");
  }

  @Test
  void printsPathsJoinedOntoTheArgumentAsGiven() throws IOException {
    write("pkg/m.py", "");
    assertThat(discover("pkg")).containsExactly("pkg/m.py");
    assertThat(discover("pkg/")).containsExactly("pkg/m.py");
    assertThat(discover("./pkg")).containsExactly("./pkg/m.py");
    assertThat(discover(root.resolve("pkg").toString()))
        .containsExactly(root.resolve("pkg/m.py").toString());
  }

  @Test
  void skipsToolAndEnvironmentDirectories() throws IOException {
    for (String dir : FileDiscovery.EXCLUDED_DIRECTORIES) {
      write(dir + "/hidden.py", "");
    }
    write("src/kept.py", "");
    write("src/build/also_hidden.py", "");
    assertThat(discover(".")).containsExactly("./src/kept.py");
  }

  @Test
  void namedFilesAreAlwaysChecked() throws IOException {
    write(".gitignore", "*.py\n");
    write("build/gen.py", "");
    write("script", "");
    assertThat(discover("build/gen.py", "script", "missing.py"))
        .containsExactly("build/gen.py", "missing.py", "script");
  }

  @Test
  void aFileNamedTwiceIsCheckedOnce() throws IOException {
    write("a.py", "");
    assertThat(discover("a.py", "a.py")).containsExactly("a.py");
  }

  @Test
  void aNamedExcludedDirectoryIsWalked() throws IOException {
    write("build/gen.py", "");
    assertThat(discover("build")).containsExactly("build/gen.py");
  }

  @Test
  void honoursGitignorePatterns() throws IOException {
    write(
        ".gitignore",
        String.join(
            "\n",
            "# generated code",
            "gen_*.py",
            "!gen_keep.py",
            "/top_only.py",
            "out/",
            "docs/**/conf.py",
            "data/**",
            ""));
    write("gen_a.py", "");
    write("gen_keep.py", "");
    write("sub/gen_b.py", "");
    write("top_only.py", "");
    write("sub/top_only.py", "");
    write("out/x.py", "");
    write("sub/out/y.py", "");
    write("out.py", "");
    write("docs/conf.py", "");
    write("docs/a/b/conf.py", "");
    write("docs/a/other.py", "");
    write("data/deep/z.py", "");
    assertThat(discover("."))
        .containsExactly(
            "./docs/a/other.py", "./gen_keep.py", "./out.py", "./sub/top_only.py");
  }

  @Test
  void directoryOnlyPatternsDoNotExcludeFilesOfThatName() throws IOException {
    write(".gitignore", "cache.py/\n");
    write("cache.py", "");
    assertThat(discover(".")).containsExactly("./cache.py");
  }

  @Test
  void nestedGitignoreFilesApplyBelowTheirDirectoryAndOverrideParents() throws IOException {
    write(".gitignore", "*_gen.py\n");
    write("a/.gitignore", "!keep_gen.py\nlocal.py\n/anchored.py\n");
    write("a/keep_gen.py", "");
    write("a/drop_gen.py", "");
    write("a/local.py", "");
    write("a/b/local.py", "");
    write("a/anchored.py", "");
    write("a/b/anchored.py", "");
    write("local.py", "");
    write("anchored.py", "");
    assertThat(discover("."))
        .containsExactly("./a/b/anchored.py", "./a/keep_gen.py", "./anchored.py", "./local.py");
  }

  @Test
  void anIgnoredDirectoryCannotBeReincludedFrom() throws IOException {
    write(".gitignore", "skip/\n!skip/keep.py\n");
    write("skip/keep.py", "");
    assertThat(discover(".")).isEmpty();
  }

  @Test
  void gitignoreFilesAboveTheWalkedDirectoryApplyInsideAGitWorkTree() throws IOException {
    Files.createDirectories(root.resolve(".git"));
    write(".gitignore", "pkg/generated/\n*_pb2.py\n");
    write("pkg/generated/a.py", "");
    write("pkg/api_pb2.py", "");
    write("pkg/real.py", "");
    assertThat(discover("pkg")).containsExactly("pkg/real.py");
  }

  @Test
  void gitignoreFilesAboveTheWalkedDirectoryAreIgnoredOutsideAGitWorkTree() throws IOException {
    write(".gitignore", "*_pb2.py\n");
    write("pkg/api_pb2.py", "");
    assertThat(discover("pkg")).containsExactly("pkg/api_pb2.py");
  }

  @Test
  void symlinkLoopsAreWalkedOnce() throws IOException {
    write("pkg/m.py", "");
    Files.createSymbolicLink(root.resolve("pkg/loop"), root.resolve("pkg"));
    Files.createSymbolicLink(root.resolve("pkg/up"), root);
    assertThat(discover(".")).containsExactly("./pkg/m.py");
  }

  @Test
  void linkedDirectoriesAreFollowed() throws IOException {
    write("real/m.py", "");
    Files.createSymbolicLink(root.resolve("alias"), root.resolve("real"));
    // The same directory is walked once: under its first name in sorted order.
    assertThat(discover(".")).containsExactly("./alias/m.py");
  }

  @Test
  void danglingPythonLinksAreKeptToBeReported() throws IOException {
    Files.createSymbolicLink(root.resolve("gone.py"), root.resolve("nowhere.py"));
    Files.createSymbolicLink(root.resolve("gone_dir"), root.resolve("nowhere"));
    assertThat(discover(".")).containsExactly("./gone.py");
  }

  @Test
  void namedPipesAreSkippedWhenWalkingButTakenWhenNamed() throws Exception {
    write("a.py", "");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", root.resolve("pipe.py").toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(made, "mkfifo is not available");
    assertThat(discover(".")).containsExactly("./a.py");
    assertThat(discover("pipe.py")).containsExactly("pipe.py");
  }

  @Test
  void unlistableDirectoriesAreProblemsNotCrashes() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        "root".equals(System.getProperty("user.name")), "root can list any directory");
    write("locked/m.py", "");
    Path locked = root.resolve("locked");
    locked.toFile().setReadable(false);
    try {
      FileDiscovery.Result r = new FileDiscovery(root).discover(List.of("."));
      assertThat(r.files()).isEmpty();
      assertThat(r.problems()).singleElement().satisfies(d -> {
        assertThat(d.path()).isEqualTo("./locked");
        assertThat(d.code()).isEqualTo("E902");
        assertThat(d.message()).contains("Permission denied");
      });
    } finally {
      locked.toFile().setReadable(true);
    }
  }

  @Test
  void joinFollowsPythonOsPathJoin() {
    assertThat(FileDiscovery.join(".", "a.py")).isEqualTo("./a.py");
    assertThat(FileDiscovery.join("dir/", "a.py")).isEqualTo("dir/a.py");
    assertThat(FileDiscovery.join("dir", "a.py")).isEqualTo("dir/a.py");
  }
}
