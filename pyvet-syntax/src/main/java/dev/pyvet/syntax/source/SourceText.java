package dev.pyvet.syntax.source;

/**
 * Decoded Python source text with its line index.
 *
 * <p>Offsets everywhere in pyvet are indices into {@link #text()} (UTF-16 chars).
 */
public final class SourceText {
  private final String text;
  private final String encoding;
  private LineIndex lines;

  private SourceText(String text, String encoding) {
    this.text = text;
    this.encoding = encoding;
  }

  /** Source that is already text (for example from an editor buffer). */
  public static SourceText of(String text) {
    return new SourceText(text, "utf-8");
  }

  /**
   * Decodes a file's bytes as CPython does: a UTF-8 BOM, else a PEP 263 coding cookie on line 1
   * or 2, else UTF-8.
   *
   * @throws SourceDecodingException for undecodable bytes, NUL bytes, an unknown or
   *     contradictory encoding declaration
   */
  public static SourceText decode(byte[] bytes) throws SourceDecodingException {
    throw new UnsupportedOperationException("not yet implemented");
  }

  public String text() {
    return text;
  }

  /** The encoding the text was decoded with, as Python names it (for example {@code utf-8}). */
  public String encoding() {
    return encoding;
  }

  public LineIndex lines() {
    LineIndex l = lines;
    if (l == null) {
      l = LineIndex.of(text);
      lines = l;
    }
    return l;
  }
}
