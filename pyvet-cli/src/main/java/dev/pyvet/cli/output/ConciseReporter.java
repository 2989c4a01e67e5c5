package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * flake8's default format, {@code path:row:col: CODE message}; with {@code --show-source}, each
 * finding is followed by its source line and a caret, as flake8 prints them.
 */
public final class ConciseReporter implements Reporter {
  private final SourceLines sources;

  /** @param sources where to read source lines, or null not to show them */
  public ConciseReporter(SourceLines sources) {
    this.sources = sources;
  }

  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    for (Diagnostic d : diagnostics) {
      out.write(d.format());
      out.write('\n');
      String line = sources == null ? null : sources.line(d.path(), d.row());
      if (line != null) {
        out.write(line);
        out.write('\n');
        out.write(Caret.under(line, d.col()));
        out.write('\n');
      }
    }
  }
}
