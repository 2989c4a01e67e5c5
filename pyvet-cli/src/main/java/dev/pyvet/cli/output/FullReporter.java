package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The concise line, then the source line with its number in a gutter and a caret under the
 * column, in the layout of ruff's full output; a blank line separates findings. Colour (ANSI
 * escapes) only when asked for, i.e. when stdout is a terminal and NO_COLOR is unset.
 */
public final class FullReporter implements Reporter {
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String BLUE = "\u001b[1;34m";
  private static final String RESET = "\u001b[0m";

  private final SourceLines sources;
  private final boolean color;

  public FullReporter(SourceLines sources, boolean color) {
    this.sources = sources;
    this.color = color;
  }

  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    boolean first = true;
    for (Diagnostic d : diagnostics) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      out.write(paint(BOLD, d.path() + ':' + d.row() + ':' + d.col() + ':'));
      out.write(' ');
      out.write(paint(RED, d.code()));
      out.write(' ');
      out.write(d.message());
      out.write('\n');
      String line = sources.line(d.path(), d.row());
      if (line == null) {
        continue;
      }
      String number = Integer.toString(d.row());
      String gutter = " ".repeat(number.length() + 1) + '|';
      out.write(paint(BLUE, gutter));
      out.write('\n');
      out.write(paint(BLUE, number + " |"));
      out.write(' ');
      out.write(line);
      out.write('\n');
      out.write(paint(BLUE, gutter));
      out.write(' ');
      String caret = Caret.under(line, d.col());
      out.write(caret, 0, caret.length() - 1);
      out.write(paint(RED, "^"));
      out.write('\n');
    }
  }

  private String paint(String style, String text) {
    return color ? style + text + RESET : text;
  }
}
