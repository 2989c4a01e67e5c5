package dev.pyvet.core.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The patterns of one {@code .gitignore} file; the last matching pattern decides. */
final class IgnoreFile {
  /** The verdict of a file on a path. */
  enum Verdict {
    IGNORED,
    INCLUDED,
    NO_MATCH
  }

  private final List<IgnorePattern> patterns;

  IgnoreFile(List<IgnorePattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  static IgnoreFile parse(String content) {
    List<IgnorePattern> patterns = new ArrayList<>();
    for (String line : content.split("\n", -1)) {
      IgnorePattern p = IgnorePattern.parse(line);
      if (p != null) {
        patterns.add(p);
      }
    }
    return new IgnoreFile(patterns);
  }

  /** The file's patterns, or null when it does not exist or cannot be read (git ignores it). */
  static IgnoreFile read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      IgnoreFile f = parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      return f.patterns.isEmpty() ? null : f;
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  Verdict verdict(String relativePath, String name, boolean isDirectory) {
    for (int i = patterns.size() - 1; i >= 0; i--) {
      IgnorePattern p = patterns.get(i);
      if (p.matches(relativePath, name, isDirectory)) {
        return p.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
      }
    }
    return Verdict.NO_MATCH;
  }
}
