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

  /**
   * {@code path} relative to {@code base} with {@code /} between names, or null when it is not
   * inside {@code base}. Both are normalized absolute paths, so comparing their strings is the
   * same as comparing their names; it is done on strings because this runs for every file and
   * folder of a walk under each ignore file that applies, and {@code Path.relativize} made it a
   * tenth of a run that took its findings from the cache.
   */
  static String relativeSlashPath(Path base, Path path) {
    String b = base.toString();
    String p = path.toString();
    if (!p.startsWith(b)) {
      return null;
    }
    if (p.length() == b.length()) {
      return "";
    }
    String separator = path.getFileSystem().getSeparator();
    int from;
    if (b.endsWith(separator)) {
      from = b.length(); // the root folder
    } else if (p.startsWith(separator, b.length())) {
      from = b.length() + separator.length();
    } else {
      return null; // /a/bc is not inside /a/b
    }
    String relative = p.substring(from);
    return separator.equals("/") ? relative : relative.replace(separator, "/");
  }
}
