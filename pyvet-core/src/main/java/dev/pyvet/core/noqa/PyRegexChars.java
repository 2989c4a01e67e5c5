package dev.pyvet.core.noqa;

/**
 * The character classes of flake8's noqa patterns as Python's {@code re} reads them on text
 * (Unicode, {@code re.IGNORECASE}), answered by hand so no regex runs per line.
 */
final class PyRegexChars {
  private PyRegexChars() {}

  /** Python's {@code \s} on str patterns (checked against CPython 3.13 for every code point). */
  static boolean isSpace(char c) {
    if (c <= 0x20) {
      return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a
        || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /**
   * {@code [A-Z]} with {@code re.IGNORECASE}: ASCII letters and the four others whose case folds
   * reach them (dotted and dotless I, long s, the Kelvin sign).
   */
  static boolean isCodeLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
        || c == 0x130 || c == 0x131 || c == 0x17f || c == 0x212a;
  }

  /** {@code [0-9]}: ASCII digits only. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether {@code s} holds {@code word} (lower-case ASCII letters, digits and punctuation) at
   * {@code at}, letters compared as {@code re.IGNORECASE} does; 'k' also matches the Kelvin sign.
   */
  static boolean regionIs(CharSequence s, int at, int end, String word) {
    if (at < 0 || end - at < word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char w = word.charAt(i);
      char c = s.charAt(at + i);
      if (c == w) {
        continue;
      }
      boolean letter = w >= 'a' && w <= 'z';
      if (!(letter && (c == (char) (w - 32) || w == 'k' && c == 0x212a))) {
        return false;
      }
    }
    return true;
  }

  /**
   * As {@link #indexOfNoqa(CharSequence, int, int)} on a String, for whole files: it looks for the
   * rare 'q' first and reads no char twice, and a call on the final class String costs less than
   * one through CharSequence on the compiler pyvet mostly runs under (C1).
   */
  static int indexOfNoqa(String s, int from, int end) {
    for (int q = from + 2; q + 1 < end; q++) {
      if ((s.charAt(q) | 0x20) == 'q' && (s.charAt(q - 2) | 0x20) == 'n' && (s.charAt(q - 1) | 0x20) == 'o'
          && (s.charAt(q + 1) | 0x20) == 'a') {
        return q - 2;
      }
    }
    return -1;
  }

  /** First index in [from, end) where "noqa" starts, any ASCII case; -1 if none. */
  static int indexOfNoqa(CharSequence s, int from, int end) {
    for (int i = from; i + 4 <= end; i++) {
      if ((s.charAt(i) | 0x20) == 'n' && regionIs(s, i, end, "noqa")) {
        return i;
      }
    }
    return -1;
  }
}
