package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;

/**
 * flake8's {@code --statistics}: per code, in code order, the count padded to five columns, the
 * code and a message. The message is the first one of the code's first file in path order
 * (flake8 keeps one message per code and file, then takes the file that sorts first).
 */
public final class Statistics {
  private Statistics() {}

  public static void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    TreeMap<String, int[]> counts = new TreeMap<>();
    TreeMap<String, String> messages = new TreeMap<>();
    // Findings arrive sorted by path, then row and column: the first seen is flake8's pick.
    for (Diagnostic d : diagnostics) {
      counts.computeIfAbsent(d.code(), c -> new int[1])[0]++;
      messages.putIfAbsent(d.code(), d.message());
    }
    for (var e : counts.entrySet()) {
      String count = Integer.toString(e.getValue()[0]);
      out.write(count);
      out.write(" ".repeat(Math.max(0, 5 - count.length())));
      out.write(' ');
      out.write(e.getKey());
      out.write(' ');
      out.write(messages.get(e.getKey()));
      out.write('\n');
    }
  }
}
