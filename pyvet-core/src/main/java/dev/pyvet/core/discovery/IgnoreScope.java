package dev.pyvet.core.discovery;

import java.nio.file.Path;

/**
 * The {@code .gitignore} files that apply inside one directory: its own (if any) and those of
 * the directories above it. A deeper file's verdict overrides a shallower one's, as in git.
 */
final class IgnoreScope {
  static final IgnoreScope EMPTY = new IgnoreScope(null, null, null);

  private final IgnoreFile file;
  private final Path dir;
  private final IgnoreScope parent;

  private IgnoreScope(IgnoreFile file, Path dir, IgnoreScope parent) {
    this.file = file;
    this.dir = dir;
    this.parent = parent;
  }

  /** This scope, extended with {@code dir/.gitignore} when that file has patterns. */
  IgnoreScope enter(Path dir) {
    return with(dir.resolve(".gitignore"), dir);
  }

  /** This scope, extended with the patterns of {@code file} relative to {@code base}. */
  IgnoreScope with(Path file, Path base) {
    IgnoreFile f = IgnoreFile.read(file);
    return f == null ? this : new IgnoreScope(f, base, this);
  }

  boolean isIgnored(Path path, boolean isDirectory) {
    String name = path.getFileName().toString();
    for (IgnoreScope s = this; s.file != null; s = s.parent) {
      String relative = relativeSlashPath(s.dir, path);
      if (relative == null) {
        continue;
      }
      switch (s.file.verdict(relative, name, isDirectory)) {
        case IGNORED -> {
          return true;
        }
        case INCLUDED -> {
          return false;
        }
        case NO_MATCH -> {}
      }
    }
    return false;
  }

  private static String relativeSlashPath(Path base, Path path) {
    if (!path.startsWith(base)) {
      return null;
    }
    Path rel = base.relativize(path);
    int n = rel.getNameCount();
    if (n == 1) {
      return rel.toString();
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(rel.getName(i));
    }
    return sb.toString();
  }
}
