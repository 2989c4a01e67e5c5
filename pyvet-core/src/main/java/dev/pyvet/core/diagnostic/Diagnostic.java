package dev.pyvet.core.diagnostic;

import java.util.Comparator;

/**
 * One finding in one file, positioned as flake8 prints it: {@code row} 1-based (0 when the
 * finding concerns the whole file, as for an unreadable one), {@code col} 1-based.
 */
public record Diagnostic(String path, int row, int col, String code, String message) {

  /** The order in which findings are printed: by path, row, column, then code. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::row)
          .thenComparingInt(Diagnostic::col)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  /** {@code path:row:col: CODE message}, flake8's default format. */
  public String format() {
    return appendTo(new StringBuilder(path.length() + code.length() + message.length() + 16))
        .toString();
  }

  /** Appends {@link #format()}'s text to {@code text} (no line end), and returns it. */
  public StringBuilder appendTo(StringBuilder text) {
    return text.append(path).append(':').append(row).append(':').append(col).append(": ")
        .append(code).append(' ').append(message);
  }
}
