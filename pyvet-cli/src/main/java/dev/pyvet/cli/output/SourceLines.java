package dev.pyvet.cli.output;

import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
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

  public SourceLines(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  /**
   * Line {@code row} (1-based) of the file printed as {@code path}, without its line break; null
   * when the file cannot be read or decoded (E902) or has no such line (row 0: the whole file).
   */
  public String line(String path, int row) {
    if (!path.equals(cachedPath)) {
      cachedPath = path;
      cachedText = read(path);
    }
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

  private SourceText read(String path) {
    try {
      return SourceText.decode(Files.readAllBytes(workingDirectory.resolve(path)));
    } catch (IOException | InvalidPathException | SourceDecodingException e) {
      return null;
    }
  }
}
