package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * flake8's default format, {@code path:row:col: CODE message}; with {@code --show-source}, each
 * finding is followed by its source line and a caret, exactly as flake8 prints them (see
 * {@link SourceLines#flake8PhysicalLine}).
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
      String physical = sources == null ? null : sources.flake8PhysicalLine(d.path(), d.row());
      if (physical != null) {
        // flake8 prints the physical line(s) as they are, then the caret line, whose indent
        // copies the whitespace of the block's first COL-1 characters.
        out.write(physical);
        out.write(Caret.under(physical, d.col()));
        out.write('\n');
      }
    }
  }
}
