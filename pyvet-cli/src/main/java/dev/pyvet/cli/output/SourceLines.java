package dev.pyvet.cli.output;

import dev.pyvet.core.noqa.Flake8LineRanges;
import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The source lines findings point at, read again from disk when a format shows them. Findings
 * come sorted by path, so only the last file read is kept.
 */
public final class SourceLines {
  private final Path workingDirectory;
  private String cachedPath;
  private SourceText cachedText;
  /** Per row, the first and last row of flake8's physical-line range; null until needed. */
  private Flake8LineRanges ranges; // of the cached file, computed on the first question

  public SourceLines(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /**
   * Line {@code row} (1-based) of the file printed as {@code path}, without its line break; null
   * when the file cannot be read or decoded (E902) or has no such line (row 0: the whole file).
   */
  public String line(String path, int row) {
    load(path);
    if (cachedText == null || row < 1) {
      return null;
    }
    LineIndex lines = cachedText.lines();
    if (row > lines.lineCount()) {
      return null;
    }
    String text = cachedText.text();
    int start = lines.lineStart(row);
    int end = lines.lineStart(row + 1);
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * What flake8's {@code --show-source} prints for a finding on {@code row}: its "physical line",
   * which is all the lines, each with its {@code \n}, of the tokens that end at the same NEWLINE
   * or NL token (so a multi-line string or backslash-joined lines come whole, while lines in
   * brackets stand alone). Null, so nothing is shown, when the file does not tokenize (flake8
   * then has no such lines) or no token covers the row. The last line of a file without a final
   * line break has none here either, as in flake8.
   */
  public String flake8PhysicalLine(String path, int row) {
    load(path);
    if (cachedText == null || row < 1) {
      return null;
    }
    LineIndex lines = cachedText.lines();
    if (ranges == null) {
      ranges = Flake8LineRanges.of(Tokenizer.tokenize(cachedText), lines.lineCount());
    }
    int first = ranges.first(row);
    if (first == 0 || row > lines.lineCount()) {
      return null;
    }
    int last = Math.min(ranges.last(row), lines.lineCount());
    String text = cachedText.text();
    String block = text.substring(lines.lineStart(first), lines.lineStart(last + 1));
    // Python reads the file with universal newlines.
    return block.indexOf('\r') < 0 ? block : block.replace("\r\n", "\n").replace('\r', '\n');
  }

  private void load(String path) {
    if (!path.equals(cachedPath)) {
      cachedPath = path;
      cachedText = read(path);
      ranges = null;
    }
  }

  private SourceText read(String path) {
    try {
      return SourceText.decode(Files.readAllBytes(workingDirectory.resolve(path)));
    } catch (IOException | InvalidPathException | SourceDecodingException e) {
      return null;
    }
  }
}
