package dev.pyvet.syntax.source;

/**
 * Finds a PEP 263 encoding declaration the way CPython's tokenizer does for a byte string: line 1
 * is checked if it ends with '\n', and line 2 (also ending with '\n') only when line 1 holds
 * nothing but whitespace and a comment. The declaration must be in a comment that is alone on
 * its line: {@code coding[:=]} followed by spaces or tabs and a name of letters, digits, '-',
 * '_' and '.'.
 */
final class CodingCookie {
  private CodingCookie() {}


  /** The declared encoding, normalised as CPython's {@code get_normal_name} does, or null. */
  static String find(byte[] b, int from) {
    int nl0 = indexOf(b, (byte) '\n', from);
    if (nl0 < 0) {
      return null;
    }
    Line first = scan(b, from, nl0 + 1);
    if (first.spec != null || !first.seekMore) {
      return first.spec;
    }
    int nl1 = indexOf(b, (byte) '\n', nl0 + 1);
    if (nl1 < 0) {
      return null;
    }
    return scan(b, nl0 + 1, nl1 + 1).spec;
  }

  private record Line(String spec, boolean seekMore) {}

  private static Line scan(byte[] b, int start, int end) {
    int size = end - start;
    int i = 0;
    boolean onlyComment = true;
    for (; i < size - 6; i++) {
      byte c = b[start + i];
      if (c == '#') {
        break;
      }
      if (c != ' ' && c != '\t' && c != '\f') {
        onlyComment = false;
        break;
      }
    }
    if (onlyComment) {
      for (; i < size - 6; i++) {
        int t = start + i;
        if (b[t] == 'c' && b[t + 1] == 'o' && b[t + 2] == 'd' && b[t + 3] == 'i' && b[t + 4] == 'n'
            && b[t + 5] == 'g') {
          t += 6;
          if (b[t] != ':' && b[t] != '=') {
            continue;
          }
          do {
            t++;
          } while (t < end && (b[t] == ' ' || b[t] == '\t'));
          int begin = t;
          while (t < end && isNameByte(b[t])) {
            t++;
          }
          if (begin < t) {
            return new Line(normalName(new String(b, begin, t - begin, java.nio.charset.StandardCharsets.ISO_8859_1)), false);
          }
        }
      }
    }
    // Without a declaration, seeking stops after a line with anything but a comment.
    for (int k = start; k < end; k++) {
      byte c = b[k];
      if (c == '#' || c == '\n' || c == '\r') {
        break;
      }
      if (c != ' ' && c != '\t' && c != '\f') {
        return new Line(null, false);
      }
    }
    return new Line(null, true);
  }

  private static boolean isNameByte(byte c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.';
  }

  /** CPython's {@code get_normal_name}: spellings of utf-8 and latin-1 get one name each. */
  static String normalName(String s) {
    StringBuilder buf = new StringBuilder(12);
    for (int i = 0; i < s.length() && i < 12; i++) {
      char c = s.charAt(i);
      buf.append(c == '_' ? '-' : Character.toLowerCase(c));
    }
    String b = buf.toString();
    if (b.equals("utf-8") || b.startsWith("utf-8-")) {
      return "utf-8";
    }
    if (b.equals("latin-1") || b.equals("iso-8859-1") || b.equals("iso-latin-1") || b.startsWith("latin-1-")
        || b.startsWith("iso-8859-1-") || b.startsWith("iso-latin-1-")) {
      return "iso-8859-1";
    }
    return s;
  }

  private static int indexOf(byte[] b, byte x, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }
}
