package dev.pyvet.syntax.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoded Python source text with its line index.
 *
 * <p>Offsets everywhere in pyvet are indices into {@link #text()} (UTF-16 chars).
 */
public final class SourceText {
  private final String text;
  private final String encoding;
  /** Known to hold no NUL char (decoded files are checked), so the tokenizer need not look. */
  private final boolean nulFree;
  private LineIndex lines;

  private SourceText(String text, String encoding, boolean nulFree) {
    this.text = text;
    this.encoding = encoding;
    this.nulFree = nulFree;
  }

  /** Source that is already text (for example from an editor buffer). */
  public static SourceText of(String text) {
    return new SourceText(text, "utf-8", false);
  }

  /**
   * Decodes a file's bytes as CPython does: a UTF-8 BOM, else a PEP 263 coding cookie on line 1
   * or 2, else UTF-8.
   *
   * @throws SourceDecodingException for undecodable bytes, NUL bytes, an unknown or
   *     contradictory encoding declaration
   */
  public static SourceText decode(byte[] bytes) throws SourceDecodingException {
    return decode(bytes, null);
  }

  /**
   * As {@link #decode(byte[])}, naming the file in the message for undecodable UTF-8 as CPython
   * does when it runs a file: "Non-UTF-8 code starting with '\xff' in file x.py on line 2, ...".
   */
  public static SourceText decode(byte[] bytes, String fileName) throws SourceDecodingException {
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
        && (bytes[2] & 0xff) == 0xBF;
    int offset = bom ? 3 : 0;
    String declared = CodingCookie.find(bytes, offset);
    Charset charset = StandardCharsets.UTF_8;
    String name = bom ? "utf-8-sig" : "utf-8";
    if (declared != null) {
      if (bom) {
        if (!declared.equals("utf-8")) {
          throw new SourceDecodingException("encoding problem: " + declared + " with BOM", 0);
        }
      } else if (!declared.equals("utf-8")) {
        charset = PythonCodecs.lookup(declared);
        if (charset == null) {
          throw new SourceDecodingException("unknown encoding: " + declared, 0);
        }
        name = declared;
      }
    }
    if (charset == StandardCharsets.UTF_8) {
      // One pass over the bytes finds both non-ASCII and NUL bytes (in UTF-8 a NUL byte is
      // always U+0000), sparing the decoder and a NUL search over the text on clean files.
      int scan = scanBytes(bytes, offset);
      if (scan == ASCII) {
        return new SourceText(
            new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1), name, true);
      }
      if (scan == NON_ASCII) {
        // The JDK's own UTF-8 decoding is the fastest; it replaces malformed input with U+FFFD,
        // so a text holding U+FFFD is decoded again strictly to tell a real one from an error.
        String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
          return new SourceText(text, name, true);
        }
      }
    }
    String text = decodeStrict(bytes, offset, charset, declared, name, fileName);
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new SourceDecodingException("source code cannot contain null bytes", LineIndex.of(text).lineOf(nul));
    }
    return new SourceText(text, name, true);
  }

  private static final int ASCII = 0;
  private static final int NON_ASCII = 1;
  private static final int HAS_NUL = 2;

  /** {@link #HAS_NUL} if a byte is 0, else {@link #NON_ASCII} if one is negative, else {@link #ASCII}. */
  private static int scanBytes(byte[] bytes, int offset) {
    int result = ASCII;
    for (int i = offset; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b <= 0) {
        if (b == 0) {
          return HAS_NUL;
        }
        result = NON_ASCII;
      }
    }
    return result;
  }

  /** Whether the text is known to hold no NUL char. */
  public boolean isNulFree() {
    return nulFree;
  }

  private static String decodeStrict(byte[] bytes, int offset, Charset charset, String declared, String name,
      String fileName) throws SourceDecodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 4);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      int at = in.position();
      int bad = at < bytes.length ? bytes[at] & 0xff : 0;
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      if (declared == null && !name.equals("utf-8-sig")) { // a BOM declares UTF-8 too
        throw new SourceDecodingException(String.format(
            "Non-UTF-8 code starting with '\\x%02x'%s on line %d, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details",
            bad, fileName == null ? "" : " in file " + fileName, line), line);
      }
      String codec = name.equals("utf-8-sig") ? "utf-8" : PythonCodecs.codecName(name).replace('_', '-');
      throw new SourceDecodingException(String.format(
          "'%s' codec can't decode byte 0x%02x in position %d (line %d)", codec, bad, at, line), line);
    }
    out.flip();
    return out.toString();
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
