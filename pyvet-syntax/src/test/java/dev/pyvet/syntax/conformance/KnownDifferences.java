package dev.pyvet.syntax.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files where pyvet knowingly differs from CPython, each with the reason. Format, one entry
 * a line: {@code path/relative/to/stdlib.py | reason}; blank lines and {@code #} comments are
 * ignored.
 */
public final class KnownDifferences {
  private KnownDifferences() {}

  /** Path to reason, in file order. */
  public static Map<String, String> load(String resource) throws IOException {
    Map<String, String> known = new LinkedHashMap<>();
    InputStream in = KnownDifferences.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing resource " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        int bar = s.indexOf('|');
        if (bar < 0 || s.substring(bar + 1).isBlank()) {
          throw new IOException(resource + ":" + n + ": expected 'path | reason', got: " + line);
        }
        known.put(s.substring(0, bar).strip(), s.substring(bar + 1).strip());
      }
    }
    return known;
  }
}
