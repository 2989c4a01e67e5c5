package dev.pyvet.core.rules.pyflakes.format;

import dev.pyvet.syntax.unicode.PyUnicode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code '...' % args} format string into literal text and conversion specifiers the way
 * pyflakes does (its regular-expression scanner, not CPython's own, which differs on odd input):
 * {@code %}, then an optional {@code (key)} without nested parentheses, flags from {@code #0+ -},
 * a width ({@code *} or decimal digits), a precision ({@code .} then {@code *} or digits), one
 * ignored length modifier from {@code hlL}, and the conversion: the next code point, whatever it
 * is.
 */
public final class PercentFormat {
  private PercentFormat() {}

  /**
   * One conversion specifier; absent parts are null, as pyflakes has them (an empty width or
   * flag string counts as absent).
   */
  public record Specifier(
      String key, String flags, String width, String precision, String conversion) {}

  /** Literal text, then the specifier that follows it (null after the last literal). */
  public record Piece(String literal, Specifier specifier) {}

  /**
   * The pieces of {@code s}, given as Python's code points: none for an empty string, and no
   * empty literal after a specifier that ends it (as pyflakes has them).
   */
  public static List<Piece> parse(int[] s) throws InvalidFormatString {
    List<Piece> pieces = new ArrayList<>();
    int literalStart = 0;
    int i = 0;
    int n = s.length;
    while (i < n) {
      int percent = indexOf(s, '%', i);
      if (percent < 0) {
        pieces.add(new Piece(text(s, literalStart, n), null));
        return pieces;
      }
      i = percent + 1;

      String key = null;
      if (i < n && s[i] == '(') {
        int j = i + 1;
        while (j < n && s[j] != '(' && s[j] != ')') {
          j++;
        }
        if (j < n && s[j] == ')') {
          key = text(s, i + 1, j);
          i = j + 1;
        }
      }

      int start = i;
      while (i < n && isFlag(s[i])) {
        i++;
      }
      String flags = orNull(s, start, i);

      start = i;
      if (i < n && s[i] == '*') {
        i++;
      } else {
        while (i < n && isDecimal(s[i])) {
          i++;
        }
      }
      String width = orNull(s, start, i);

      start = i;
      if (i < n && s[i] == '.') {
        i++;
        if (i < n && s[i] == '*') {
          i++;
        } else {
          while (i < n && isDecimal(s[i])) {
            i++;
          }
        }
      }
      String precision = orNull(s, start, i);

      if (i < n && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) {
        i++;
      }

      if (i >= n) {
        throw new InvalidFormatString("end-of-string while parsing format");
      }
      String conversion = text(s, i, i + 1);
      i++;
      pieces.add(new Piece(text(s, literalStart, percent),
          new Specifier(key, flags, width, precision, conversion)));
      literalStart = i;
    }
    return pieces;
  }

  private static boolean isFlag(int c) {
    return c == '#' || c == '0' || c == '+' || c == ' ' || c == '-';
  }

  /** Python's {@code \d} in a str pattern: a decimal digit (Nd) of Python 3.13's Unicode. */
  static boolean isDecimal(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9';
    }
    return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER && PyUnicode.isAssigned(c);
  }

  private static int indexOf(int[] s, int c, int from) {
    for (int i = from; i < s.length; i++) {
      if (s[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static String orNull(int[] s, int start, int end) {
    return start == end ? null : text(s, start, end);
  }

  /** A Python str slice as a Java string (a lone surrogate stays one char). */
  static String text(int[] s, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      sb.appendCodePoint(s[i]);
    }
    return sb.toString();
  }
}
