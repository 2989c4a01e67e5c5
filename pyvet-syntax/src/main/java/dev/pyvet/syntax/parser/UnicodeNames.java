package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.unicode.PyUnicode;
import java.util.Locale;

/**
 * Resolves the NAME of a {@code \N{NAME}} escape as CPython 3.13's unicodedata does (Unicode
 * 15.1): character names case-insensitively, name aliases, algorithmic Hangul syllable and CJK
 * unified ideograph names; named sequences are not accepted.
 *
 * <p>Java knows the names of its own (newer) Unicode version, names control characters by their
 * Unicode 1.0 names and invents names for unnamed code points; those differences are undone
 * here.
 */
final class UnicodeNames {
  private UnicodeNames() {}

  private static final String HANGUL_PREFIX = "HANGUL SYLLABLE ";
  private static final String CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-";

  private static final String[] JAMO_L = {
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"
  };
  private static final String[] JAMO_V = {
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I"
  };
  private static final String[] JAMO_T = {
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"
  };

  /** The code point named by {@code s[from, to)}, or -1 if CPython knows no such name. */
  static int lookup(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      // CPython's names are ASCII; rejecting blanks at the ends also stops Java's trimming.
      if (c >= 0x80 || ((i == from || i == to - 1) && c <= ' ')) {
        return -1;
      }
    }
    String name = s.substring(from, to);
    // CPython matches these two prefixes case-sensitively, unlike other names.
    if (name.startsWith(HANGUL_PREFIX)) {
      return hangul(name);
    }
    if (name.startsWith(CJK_PREFIX)) {
      return unifiedIdeograph(name);
    }
    String upper = name.toUpperCase(Locale.ROOT);
    int alias = PyUnicode.alias(upper);
    if (alias >= 0) {
      return alias;
    }
    int cp;
    try {
      cp = Character.codePointOf(upper);
    } catch (IllegalArgumentException e) {
      return -1;
    }
    return PyUnicode.hasJavaName(cp) && upper.equals(Character.getName(cp)) ? cp : -1;
  }

  /** Like CPython, matches the jamo case-sensitively, each the longest that fits. */
  private static int hangul(String name) {
    int pos = HANGUL_PREFIX.length();
    int l = longestJamo(name, pos, JAMO_L);
    if (l < 0) {
      return -1;
    }
    pos += JAMO_L[l].length();
    int v = longestJamo(name, pos, JAMO_V);
    if (v < 0) {
      return -1;
    }
    pos += JAMO_V[v].length();
    int t = longestJamo(name, pos, JAMO_T);
    if (t < 0) {
      return -1;
    }
    pos += JAMO_T[t].length();
    if (pos != name.length()) {
      return -1;
    }
    return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
  }

  private static int longestJamo(String name, int pos, String[] jamo) {
    int best = -1;
    for (int i = 0; i < jamo.length; i++) {
      String j = jamo[i];
      if (name.startsWith(j, pos) && (best < 0 || j.length() > jamo[best].length())) {
        best = i;
      }
    }
    return best;
  }

  /** Four or five upper-case hex digits naming a unified ideograph, as CPython requires. */
  private static int unifiedIdeograph(String name) {
    int n = name.length() - CJK_PREFIX.length();
    if (n != 4 && n != 5) {
      return -1;
    }
    int v = 0;
    for (int i = CJK_PREFIX.length(); i < name.length(); i++) {
      char c = name.charAt(i);
      int d;
      if (c >= '0' && c <= '9') {
        d = c - '0';
      } else if (c >= 'A' && c <= 'F') {
        d = c - 'A' + 10;
      } else {
        return -1;
      }
      v = v * 16 + d;
    }
    return PyUnicode.isUnifiedIdeograph(v) ? v : -1;
  }
}
