package dev.pyvet.cli.output;

import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything {@code pyvet check} prints about its findings: the findings in the chosen format
 * (or flake8's {@code -q}/{@code -qq} forms, which replace it), then {@code --statistics} and
 * {@code --count} as flake8 prints them. With a machine-readable format the statistics and the
 * count go to stderr, so that stdout holds only the document.
 *
 * @param format the output format; null means {@link OutputFormat#CONCISE}
 * @param quiet how many {@code -q} were given
 * @param showSource flake8's {@code --show-source} (for the concise format; full always shows it)
 * @param count flake8's {@code --count}: the number of findings, last
 * @param statistics flake8's {@code --statistics}
 * @param workingDirectory what relative paths are relative to
 * @param version pyvet's version, for SARIF's tool.driver
 */
public record Report(
    OutputFormat format,
    int quiet,
    boolean showSource,
    boolean count,
    boolean statistics,
    Path workingDirectory,
    String version) {

  public void print(List<Diagnostic> diagnostics, PrintWriter out, PrintWriter err) {
    OutputFormat f = format == null ? OutputFormat.CONCISE : format;
    try {
      if (quiet < 2) {
        reporter(f).write(diagnostics, out);
      }
      out.flush();
      PrintWriter summary = f.isMachineReadable() && quiet == 0 ? err : out;
      if (statistics) {
        Statistics.write(diagnostics, summary);
      }
      if (count) {
        summary.println(diagnostics.size());
      }
      summary.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Reporter reporter(OutputFormat f) {
    if (quiet == 1) {
      return new QuietReporter();
    }
    return switch (f) {
      case CONCISE -> new ConciseReporter(showSource ? new SourceLines(workingDirectory) : null);
      case FULL -> new FullReporter(new SourceLines(workingDirectory), Terminal.colorWanted());
      case JSON -> JsonReporter.array();
      case JSON_LINES -> JsonReporter.lines();
      case GITHUB -> new GithubReporter();
      case JUNIT -> new JunitReporter();
      case SARIF -> new SarifReporter(version, workingDirectory, new SourceLines(workingDirectory));
    };
  }
}
