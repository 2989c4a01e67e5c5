package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.parser.Literals.LiteralException;
import java.util.Arrays;

/**
 * Decodes str literal bodies as CPython's {@code unicode_escape} codec does, after CPython's
 * newline translation ({@code \r\n} and {@code \r} become {@code \n}).
 *
 * <p>Error positions copy CPython's quirk: before decoding, CPython rewrites each non-ASCII code
 * point as a 10-byte {@code \UXXXXXXXX} escape (and a backslash that precedes one as the 6-byte
 * {@code \u005c}), and reports byte positions in that rewritten buffer, counted from the start
 * of the token (for f-strings, the part after the last doubled brace).
 */
final class StrDecoder {
  private StrDecoder() {}

  static ConstantValue.Str decode(String body, boolean raw, boolean fstringPart)
      throws LiteralException {
    if (!needsWork(body, raw, fstringPart)) {
      return new ConstantValue.Str(body);
    }
    return raw
        ? new ConstantValue.Str(decodeRaw(body, fstringPart))
        : decodeEscapes(body, fstringPart);
  }

  /**
   * The decoded chars, plus Python's code points once an escape has produced a surrogate (which
   * Java might pair with a neighbour where Python keeps two code points).
   */
  private static final class Out {
    final StringBuilder sb;
    int[] codePoints;
    int count;

    Out(int capacity) {
      sb = new StringBuilder(capacity);
    }

    void append(char c) {
      sb.append(c);
      if (codePoints != null) {
        add(c);
      }
    }

    /** A code point from the source text or from an escape. */
    void appendCodePoint(int cp) {
      if (codePoints == null && cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        // Everything so far pairs as Python sees it: only escapes make lone surrogates.
        codePoints = sb.codePoints().toArray();
        count = codePoints.length;
      }
      sb.appendCodePoint(cp);
      if (codePoints != null) {
        add(cp);
      }
    }

    private void add(int cp) {
      if (count == codePoints.length) {
        codePoints = Arrays.copyOf(codePoints, Math.max(16, count * 2));
      }
      codePoints[count++] = cp;
    }

    ConstantValue.Str result() {
      return new ConstantValue.Str(
          sb.toString(), codePoints == null ? null : Arrays.copyOf(codePoints, count));
    }
  }

  private static boolean needsWork(String body, boolean raw, boolean fstringPart) {
    for (int i = 0, n = body.length(); i < n; i++) {
      char c = body.charAt(i);
      if (c == '\r' || (c == '\\' && !raw) || (fstringPart && (c == '{' || c == '}'))) {
        return true;
      }
    }
    return false;
  }

  private static String decodeRaw(String body, boolean fstringPart) {
    int n = body.length();
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c == '\r') {
        sb.append('\n');
        if (i + 1 < n && body.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        sb.append(c);
        if (fstringPart && (c == '{' || c == '}') && i + 1 < n && body.charAt(i + 1) == c) {
          i++;
        }
      }
    }
    return sb.toString();
  }

  private static ConstantValue.Str decodeEscapes(String body, boolean fstringPart)
      throws LiteralException {
    int n = body.length();
    Out out = new Out(n);
    int segmentStart = 0;
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c == '\r') {
        out.append('\n');
        i += (i + 1 < n && body.charAt(i + 1) == '\n') ? 2 : 1;
        continue;
      }
      if (c != '\\') {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(body.charAt(i + 1))) {
          out.appendCodePoint(Character.toCodePoint(c, body.charAt(i + 1)));
          i += 2;
          continue;
        }
        out.append(c);
        i++;
        if (fstringPart && (c == '{' || c == '}') && i < n && body.charAt(i) == c) {
          i++;
          segmentStart = i;
        }
        continue;
      }
      if (i + 1 >= n) {
        out.append('\\');
        i++;
        continue;
      }
      char d = body.charAt(i + 1);
      switch (d) {
        case '\n' -> i += 2;
        case '\r' -> i += (i + 2 < n && body.charAt(i + 2) == '\n') ? 3 : 2;
        case '\\', '\'', '"' -> {
          out.append(d);
          i += 2;
        }
        case 'a' -> i = simple(out, '\u0007', i);
        case 'b' -> i = simple(out, '\b', i);
        case 'f' -> i = simple(out, '\f', i);
        case 'n' -> i = simple(out, '\n', i);
        case 'r' -> i = simple(out, '\r', i);
        case 't' -> i = simple(out, '\t', i);
        case 'v' -> i = simple(out, '\u000b', i);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = d - '0';
          int j = i + 2;
          int end = Math.min(n, i + 4);
          while (j < end && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
            value = value * 8 + (body.charAt(j) - '0');
            j++;
          }
          // Values above 0o377 are kept (CPython only warns).
          out.append((char) value);
          i = j;
        }
        case 'x' -> i = hex(body, out, i, 2, "truncated \\xXX escape", segmentStart);
        case 'u' -> i = hex(body, out, i, 4, "truncated \\uXXXX escape", segmentStart);
        case 'U' -> i = hex(body, out, i, 8, "truncated \\UXXXXXXXX escape", segmentStart);
        case 'N' -> i = named(body, out, i, segmentStart);
        default -> {
          // Unknown escapes are kept verbatim (CPython only warns). Only the backslash is
          // consumed here, so that a following doubled brace of an f-string part is still halved.
          out.append('\\');
          i++;
        }
      }
    }
    return out.result();
  }

  private static int simple(Out out, char value, int i) {
    out.append(value);
    return i + 2;
  }

  private static int hex(
      String body, Out out, int start, int count, String message, int segmentStart)
      throws LiteralException {
    int n = body.length();
    int value = 0;
    int j = start + 2;
    for (int k = 0; k < count; k++, j++) {
      int digit = j < n ? Character.digit(body.charAt(j), 16) : -1;
      if (digit < 0 || body.charAt(j) >= 0x80) {
        throw error(body, segmentStart, start, j, message);
      }
      value = (value << 4) | digit;
    }
    if (count == 8 && (value < 0 || value > Character.MAX_CODE_POINT)) {
      throw error(body, segmentStart, start, j, "illegal Unicode character");
    }
    out.appendCodePoint(value);
    return j;
  }

  private static int named(String body, Out out, int start, int segmentStart)
      throws LiteralException {
    int n = body.length();
    String malformed = "malformed \\N character escape";
    int open = start + 2;
    if (open >= n || body.charAt(open) != '{') {
      throw error(body, segmentStart, start, Math.min(open, n), malformed);
    }
    int close = body.indexOf('}', open + 1);
    if (close < 0) {
      throw error(body, segmentStart, start, n, malformed);
    }
    if (close == open + 1) {
      throw error(body, segmentStart, start, close, malformed);
    }
    int cp = UnicodeNames.lookup(body, open + 1, close);
    if (cp < 0) {
      throw error(body, segmentStart, start, close + 1, "unknown Unicode character name");
    }
    out.appendCodePoint(cp);
    return close + 1;
  }

  /**
   * CPython's message for a bad escape that starts at {@code escapeStart} and was found bad at
   * {@code stop} (exclusive), positions converted to CPython's rewritten buffer.
   */
  private static LiteralException error(
      String body, int segmentStart, int escapeStart, int stop, String message) {
    int from = cpythonPosition(body, segmentStart, escapeStart);
    int to = from + cpythonPosition(body, escapeStart, stop) - 1;
    return new LiteralException(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + from
            + "-"
            + to
            + ": "
            + message,
        escapeStart);
  }

  /** The length of {@code body[from, to)} once CPython has rewritten it (see class comment). */
  private static int cpythonPosition(String body, int from, int to) {
    int n = body.length();
    int pos = 0;
    int j = from;
    while (j < to) {
      char c = body.charAt(j);
      if (c == '\\') {
        j++;
        if (j >= n || body.charAt(j) >= 0x80) {
          pos += 6; // "\u005c"; a following non-ASCII char is counted on its own
          continue;
        }
        pos++;
        // The escaped char is copied as is, whatever it is.
        c = body.charAt(j);
        if (c == '\r' && j + 1 < n && body.charAt(j + 1) == '\n') {
          j++;
        }
        pos++;
        j++;
      } else if (c == '\r') {
        pos++;
        j += (j + 1 < n && body.charAt(j + 1) == '\n') ? 2 : 1;
      } else if (c >= 0x80) {
        pos += 10;
        j += (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(body.charAt(j + 1))) ? 2 : 1;
      } else {
        pos++;
        j++;
      }
    }
    return pos;
  }
}
