package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** flake8's {@code -q}: each path with findings once, in order. ({@code -qq} prints nothing.) */
public final class QuietReporter implements Reporter {
  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    String last = null;
    for (Diagnostic d : diagnostics) {
      // Sorted by path, so a path's findings are adjacent.
      if (!d.path().equals(last)) {
        last = d.path();
        out.write(last);
        out.write('\n');
      }
    }
  }
}
