package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations:
 * {@code ::error title=pyvet (CODE),file=PATH,line=ROW,col=COL::CODE message}. A finding about a
 * whole file (row 0) has no line and column, so it annotates the file.
 */
public final class GithubReporter implements Reporter {
  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(256);
    for (Diagnostic d : diagnostics) {
      sb.setLength(0);
      sb.append("::error title=").append(escapeProperty("pyvet (" + d.code() + ")"));
      sb.append(",file=").append(escapeProperty(d.path()));
      if (d.row() >= 1) {
        sb.append(",line=").append(d.row()).append(",col=").append(d.col());
      }
      sb.append("::").append(escapeData(d.code() + ' ' + d.message())).append('\n');
      out.append(sb);
    }
  }

  /**
   * The message part of a command: {@code %}, CR and LF are percent-encoded (GitHub's toolkit,
   * {@code escapeData} in {@code @actions/core}'s command.ts), so a message stays on one line.
   */
  static String escapeData(String s) {
    return escape(s, false);
  }

  /** A property value: as {@link #escapeData}, plus {@code :} and {@code ,}, which separate properties. */
  static String escapeProperty(String s) {
    return escape(s, true);
  }

  private static String escape(String s, boolean property) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = switch (c) {
        case '%' -> "%25";
        case '\r' -> "%0D";
        case '\n' -> "%0A";
        case ':' -> property ? "%3A" : null;
        case ',' -> property ? "%2C" : null;
        default -> null;
      };
      if (replacement != null && sb == null) {
        sb = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (sb != null) {
        if (replacement != null) {
          sb.append(replacement);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
