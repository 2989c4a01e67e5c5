package dev.pyvet.core.logical;

/** Python's notions of characters, for the ones pycodestyle relies on. */
public final class Chars {
  private Chars() {}

  /** Bits of {@link #ASCII}: Python's whitespace, regex word chars, pycodestyle's operator chars. */
  private static final byte SPACE = 1;
  private static final byte WORD = 2;
  private static final byte OPERATOR = 4;
  /** The classes of the ASCII chars, looked up instead of tested on hot paths. */
  private static final byte[] ASCII = asciiClasses();

  private static byte[] asciiClasses() {
    byte[] t = new byte[128];
    for (char c = 0; c < 128; c++) {
      if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) {
        t[c] |= SPACE;
      }
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
        t[c] |= WORD;
      }
      if ("-+*/|!<=>%&^".indexOf(c) >= 0) {
        t[c] |= OPERATOR;
      }
    }
    return t;
  }

  /** Python's {@code str.isspace()} for one char (what {@code strip()} removes). */
  public static boolean isPySpace(char c) {
    return c < 0x80 ? (ASCII[c] & SPACE) != 0 : isNonAsciiSpace(c);
  }

  private static boolean isNonAsciiSpace(char c) {
    return c == 0x85 || c == 0xa0 || Character.isSpaceChar(c) && c != 0x200b
        || c == 0x1680 || c == 0x2028 || c == 0x2029;
  }

  /** One of the chars of pycodestyle's operator class {@code [-+*\/|!<=>%&^]}. */
  public static boolean isOperatorChar(char c) {
    return c < 0x80 && (ASCII[c] & OPERATOR) != 0;
  }

  /** Length of {@code s} without its trailing {@code \n} and {@code \r} chars (Python's {@code rstrip('\r\n')}). */
  public static int lengthWithoutLineBreaks(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** Index of the first char of {@code s} that is not whitespace, or its length: where {@code lstrip()} starts. */
  public static int firstNonSpace(String s) {
    int b = 0;
    while (b < s.length() && isPySpace(s.charAt(b))) {
      b++;
    }
    return b;
  }

  /** Python's {@code s.strip()}. */
  public static String strip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isPySpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isPySpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  /** Python's {@code s.rstrip()}. */
  public static String rstrip(String s) {
    int e = s.length();
    while (e > 0 && isPySpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(0, e);
  }

  /** Python's {@code s.lstrip()}. */
  public static String lstrip(String s) {
    int b = 0;
    while (b < s.length() && isPySpace(s.charAt(b))) {
      b++;
    }
    return s.substring(b);
  }

  /** Python's {@code s.split()}: runs of non-whitespace. */
  public static java.util.List<String> split(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      while (i < n && isPySpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isPySpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out;
  }

  /** Length in code points, as Python's {@code len}. */
  public static int pyLen(String s) {
    return s.codePointCount(0, s.length());
  }

  /** pycodestyle's WHITESPACE set: space, tab and no-break space. */
  public static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  /** pycodestyle's noqa regex {@code # no(?:qa|pep8)\b}, case-insensitive. */
  public static boolean hasNoqa(String s) {
    int i = s.indexOf('#');
    while (i >= 0) {
      if (regionIs(s, i + 1, " noqa") && wordEnds(s, i + 6) || regionIs(s, i + 1, " nopep8") && wordEnds(s, i + 8)) {
        return true;
      }
      i = s.indexOf('#', i + 1);
    }
    return false;
  }

  private static boolean regionIs(String s, int at, String what) {
    return s.regionMatches(true, at, what, 0, what.length());
  }

  private static boolean wordEnds(String s, int at) {
    return at >= s.length() || !isWordChar(s.charAt(at));
  }

  /** Python's regex {@code \w} for one char. */
  public static boolean isWordChar(char c) {
    return c < 0x80 ? (ASCII[c] & WORD) != 0 : isNonAsciiWordChar(c);
  }

  private static boolean isNonAsciiWordChar(char c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }
}
