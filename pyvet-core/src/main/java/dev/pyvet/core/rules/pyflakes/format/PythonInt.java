package dev.pyvet.core.rules.pyflakes.format;

import dev.pyvet.syntax.unicode.PyUnicode;
import java.math.BigInteger;

/**
 * Python 3.13's {@code int(s)} of a str, base 10: surrounding whitespace (Unicode's, as
 * {@code str.isspace} has it), an optional sign, decimal digits of any script, single underscores
 * between digits, and at most 4300 digits (the default {@code sys.get_int_max_str_digits()}).
 */
public final class PythonInt {
  private PythonInt() {}

  private static final int MAX_DIGITS = 4300;

  /** The value of {@code s}, or null where Python raises ValueError. */
  public static BigInteger parse(String s) {
    int[] cps = s.codePoints().toArray();
    int i = 0;
    int n = cps.length;
    while (i < n && isSpace(cps[i])) {
      i++;
    }
    while (n > i && isSpace(cps[n - 1])) {
      n--;
    }
    boolean negative = false;
    if (i < n && (cps[i] == '+' || cps[i] == '-')) {
      negative = cps[i] == '-';
      i++;
    }
    StringBuilder digits = new StringBuilder();
    boolean afterUnderscore = false;
    for (; i < n; i++) {
      int c = cps[i];
      if (c == '_') {
        if (digits.isEmpty() || afterUnderscore) {
          return null;
        }
        afterUnderscore = true;
        continue;
      }
      int d = decimalValue(c);
      if (d < 0) {
        return null;
      }
      digits.append((char) ('0' + d));
      afterUnderscore = false;
    }
    if (digits.isEmpty() || afterUnderscore || digits.length() > MAX_DIGITS) {
      return null;
    }
    BigInteger value = new BigInteger(digits.toString());
    return negative ? value.negate() : value;
  }

  private static int decimalValue(int c) {
    if (c < 0x80) {
      return c >= '0' && c <= '9' ? c - '0' : -1;
    }
    return PercentFormat.isDecimal(c) ? Character.digit(c, 10) : -1;
  }

  /** Python's {@code str.isspace} for one code point. */
  static boolean isSpace(int c) {
    return (c >= 0x09 && c <= 0x0d)
        || (c >= 0x1c && c <= 0x20)
        || c == 0x85
        || c == 0xa0
        || c == 0x1680
        || (c >= 0x2000 && c <= 0x200a)
        || c == 0x2028
        || c == 0x2029
        || c == 0x202f
        || c == 0x205f
        || c == 0x3000;
  }
}
