package dev.pyvet.core.rules.naming;

import java.util.Locale;

/**
 * The few {@code str} methods pep8-naming decides with, as Python defines them on code points:
 * {@code lower}, {@code isupper}, {@code islower}, and the first-letter tests it applies to a
 * one-character slice.
 */
final class PyStr {
  private PyStr() {}

  /** {@code s.lower() != s}: the name has a letter that lowercases to something else. */
  static boolean hasUpper(String s) {
    return !s.toLowerCase(Locale.ROOT).equals(s);
  }

  /** {@code s.isupper()}: at least one cased letter, and no lowercase or titlecase one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        cased = true;
      }
    }
    return cased;
  }

  /** {@code s.islower()}: at least one cased letter, and no uppercase or titlecase one. */
  static boolean isLower(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
        return false;
      }
      if (Character.isLowerCase(c)) {
        cased = true;
      }
    }
    return cased;
  }

  /** {@code s[:1].isupper()}: the first character is an uppercase letter (false when empty). */
  static boolean startsUpper(String s) {
    return !s.isEmpty() && isUpper(Character.toString(s.codePointAt(0)));
  }

  /** {@code s[:1].islower()}: the first character is a lowercase letter (false when empty). */
  static boolean startsLower(String s) {
    return !s.isEmpty() && isLower(Character.toString(s.codePointAt(0)));
  }

  /** {@code ''.join(filter(str.isupper, s))}: the uppercase letters of {@code s}, in order. */
  static String upperLetters(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints().filter(c -> isUpper(Character.toString(c))).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** {@code s.strip(ch)}. */
  static String strip(String s, char ch) {
    return stripLeading(stripTrailing(s, ch), ch);
  }

  /** {@code s.lstrip(ch)}. */
  static String stripLeading(String s, char ch) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == ch) {
      i++;
    }
    return s.substring(i);
  }

  private static String stripTrailing(String s, char ch) {
    int j = s.length();
    while (j > 0 && s.charAt(j - 1) == ch) {
      j--;
    }
    return s.substring(0, j);
  }

  /** pep8-naming's mixedCase: not all lowercase, and the first letter after underscores is. */
  static boolean isMixedCase(String name) {
    return hasUpper(name) && startsLower(stripLeading(name, '_'));
  }
}
