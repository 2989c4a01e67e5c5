package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.source.LineIndex;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the UTF-8 byte columns of AST nodes into char columns, line by line, in constant time
 * per finding: one line can hold 100,000 findings (a long chain of undefined names), and
 * counting from the line's start for each would be quadratic.
 */
final class Utf8Columns {
  private static final Object KEY = new Object();

  private final String text;
  private final LineIndex lines;
  // per line: null when all ASCII (byte column = char column), else char index by byte offset
  private final Map<Integer, int[]> nonAscii = new HashMap<>();
  private final Map<Integer, Boolean> scanned = new HashMap<>();

  private Utf8Columns(ParsedFile file) {
    this.text = file.source().text();
    this.lines = file.source().lines();
  }

  static Utf8Columns of(ParsedFile file) {
    return file.derived(KEY, Utf8Columns::new);
  }

  /** The char column on 1-based {@code line} of the UTF-8 byte column {@code utf8Col}. */
  int charColumn(int line, int utf8Col) {
    if (line < 1 || line > lines.lineCount()) {
      return utf8Col;
    }
    int[] map = scanned.containsKey(line) ? nonAscii.get(line) : scan(line);
    if (map == null) {
      return utf8Col;
    }
    return utf8Col < map.length ? map[utf8Col] : map[map.length - 1] + (utf8Col - map.length + 1);
  }

  private int[] scan(int line) {
    int start = lines.lineStart(line);
    int end = line < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
    boolean ascii = true;
    int bytes = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        ascii = false;
      }
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    int[] map = null;
    if (!ascii) {
      map = new int[bytes + 1];
      int b = 0;
      for (int i = start; i < end; i++) {
        char c = text.charAt(i);
        int n = c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        for (int k = 0; k < n; k++) {
          map[b + k] = i - start;
        }
        b += n;
      }
      map[bytes] = end - start;
    }
    scanned.put(line, Boolean.TRUE);
    nonAscii.put(line, map);
    return map;
  }
}
