package dev.pyvet.cli.output;

import java.nio.file.Files;
import java.nio.file.Path;

/** The directory SARIF locations are relative to. */
final class RepositoryRoot {
  private RepositoryRoot() {}

  /**
   * The nearest directory at or above {@code workingDirectory} holding {@code .git} (a directory,
   * or a file in a git worktree or submodule), else {@code workingDirectory} itself.
   */
  static Path find(Path workingDirectory) {
    Path start = workingDirectory.toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return dir;
      }
    }
    return start;
  }
}
