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

  /** How many characters are gathered before they are handed to the writer. */
  private static final int CHUNK = 1 << 15;

  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    // Lines are gathered in one buffer and handed over in chunks: a large run prints 100,000
    // lines, and a string built and encoded per line was a quarter of a run answered from the
    // cache.
    StringBuilder text = new StringBuilder(CHUNK + 1024);
    for (Diagnostic d : diagnostics) {
      d.appendTo(text).append('\n');
      String physical = sources == null ? null : sources.flake8PhysicalLine(d.path(), d.row());
      if (physical != null) {
        // flake8 prints the physical line(s) as they are, then the caret line, whose indent
        // copies the whitespace of the block's first COL-1 characters.
        text.append(physical).append(Caret.under(physical, d.col())).append('\n');
      }
      if (text.length() >= CHUNK) {
        out.write(text.toString());
        text.setLength(0);
      }
    }
    out.write(text.toString());
  }
}
