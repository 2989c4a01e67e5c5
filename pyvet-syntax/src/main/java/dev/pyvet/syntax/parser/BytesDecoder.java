package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.parser.Literals.LiteralException;

/**
 * Decodes bytes literal bodies as CPython's {@code _PyBytes_DecodeEscape} does, after CPython's
 * newline translation ({@code \r\n} and {@code \r} become {@code \n}).
 */
final class BytesDecoder {
  private BytesDecoder() {}

  static byte[] decode(String body, boolean raw) throws LiteralException {
    int n = body.length();
    for (int i = 0; i < n; i++) {
      if (body.charAt(i) >= 0x80) {
        throw new LiteralException("bytes can only contain ASCII literal characters", i);
      }
    }
    byte[] out = new byte[n];
    int len = 0;
    // Error positions count translated newlines as one char, as CPython sees them.
    int crlfSeen = 0;
    int i = 0;
    while (i < n) {
      char c = body.charAt(i);
      if (c == '\r') {
        out[len++] = '\n';
        if (i + 1 < n && body.charAt(i + 1) == '\n') {
          i++;
          crlfSeen++;
        }
        i++;
        continue;
      }
      if (c != '\\' || raw || i + 1 >= n) {
        out[len++] = (byte) c;
        i++;
        continue;
      }
      char d = body.charAt(i + 1);
      switch (d) {
        case '\n' -> i += 2;
        case '\r' -> {
          if (i + 2 < n && body.charAt(i + 2) == '\n') {
            crlfSeen++;
            i++;
          }
          i += 2;
        }
        case '\\', '\'', '"' -> {
          out[len++] = (byte) d;
          i += 2;
        }
        case 'a' -> i = put(out, len++, 7, i);
        case 'b' -> i = put(out, len++, '\b', i);
        case 'f' -> i = put(out, len++, '\f', i);
        case 'n' -> i = put(out, len++, '\n', i);
        case 'r' -> i = put(out, len++, '\r', i);
        case 't' -> i = put(out, len++, '\t', i);
        case 'v' -> i = put(out, len++, 11, i);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int value = d - '0';
          int j = i + 2;
          int end = Math.min(n, i + 4);
          while (j < end && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
            value = value * 8 + (body.charAt(j) - '0');
            j++;
          }
          // CPython warns about values above 0o377 and keeps the low byte.
          out[len++] = (byte) value;
          i = j;
        }
        case 'x' -> {
          int hi = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
          int lo = i + 3 < n ? Character.digit(body.charAt(i + 3), 16) : -1;
          if (hi < 0 || lo < 0) {
            throw new LiteralException(
                "(value error) invalid \\x escape at position " + (i - crlfSeen), i);
          }
          out[len++] = (byte) (hi << 4 | lo);
          i += 4;
        }
        default -> {
          out[len++] = '\\';
          i++;
        }
      }
    }
    return len == n ? out : java.util.Arrays.copyOf(out, len);
  }

  private static int put(byte[] out, int at, int value, int i) {
    out[at] = (byte) value;
    return i + 2;
  }
}
