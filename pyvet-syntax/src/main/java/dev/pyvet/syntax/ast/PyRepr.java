package dev.pyvet.syntax.ast;

import dev.pyvet.syntax.unicode.PyUnicode;
import java.math.BigDecimal;

/** Python 3.13's {@code repr()} of the values a {@code Constant} can hold. */
public final class PyRepr {
  private PyRepr() {}

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  public static String constant(ConstantValue value) {
    StringBuilder sb = new StringBuilder();
    appendConstant(sb, value);
    return sb.toString();
  }

  public static void appendConstant(StringBuilder sb, ConstantValue value) {
    switch (value) {
      case ConstantValue.None n -> sb.append("None");
      case ConstantValue.Bool b -> sb.append(b.value() ? "True" : "False");
      case ConstantValue.Ellipsis e -> sb.append("Ellipsis");
      case ConstantValue.Int i -> sb.append(i.value());
      case ConstantValue.Float f -> appendFloat(sb, f.value(), true);
      case ConstantValue.Complex c -> appendImaginary(sb, c.imag());
      case ConstantValue.Str s -> appendStr(sb, s);
      case ConstantValue.Bytes b -> appendBytes(sb, b.value());
    }
  }

  // ---- str ----

  public static String str(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendStr(sb, s);
    return sb.toString();
  }

  /** Python's {@code repr(str)}: a lone surrogate in {@code s} is one Python code point. */
  public static void appendStr(StringBuilder sb, String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    sb.append(quote);
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendCodePoint(sb, cp, quote);
    }
    sb.append(quote);
  }

  /** Python's {@code repr(str)} of a str constant, whose code points Java may not pair right. */
  public static void appendStr(StringBuilder sb, ConstantValue.Str s) {
    int[] cps = s.codePoints();
    if (cps == null) {
      appendStr(sb, s.value());
      return;
    }
    boolean single = false;
    boolean dbl = false;
    for (int cp : cps) {
      single |= cp == '\'';
      dbl |= cp == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    sb.append(quote);
    for (int cp : cps) {
      appendCodePoint(sb, cp, quote);
    }
    sb.append(quote);
  }

  private static void appendCodePoint(StringBuilder sb, int cp, char quote) {
    if (cp < 0x7F && cp >= 0x20) {
      if (cp == quote || cp == '\\') {
        sb.append('\\');
      }
      sb.append((char) cp);
    } else if (cp == '\t') {
      sb.append("\\t");
    } else if (cp == '\n') {
      sb.append("\\n");
    } else if (cp == '\r') {
      sb.append("\\r");
    } else if (PyUnicode.isPrintable(cp)) {
      sb.appendCodePoint(cp);
    } else if (cp <= 0xFF) {
      sb.append("\\x");
      appendHex(sb, cp, 2);
    } else if (cp <= 0xFFFF) {
      sb.append("\\u");
      appendHex(sb, cp, 4);
    } else {
      sb.append("\\U");
      appendHex(sb, cp, 8);
    }
  }

  private static void appendHex(StringBuilder sb, int value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX[(value >>> shift) & 0xF]);
    }
  }

  // ---- bytes ----

  public static String bytes(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length + 3);
    appendBytes(sb, b);
    return sb.toString();
  }

  public static void appendBytes(StringBuilder sb, byte[] b) {
    boolean single = false;
    boolean dbl = false;
    for (byte x : b) {
      single |= x == '\'';
      dbl |= x == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    sb.append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xFF;
      if (c == quote || c == '\\') {
        sb.append('\\').append((char) c);
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c < 0x20 || c >= 0x7F) {
        sb.append("\\x");
        appendHex(sb, c, 2);
      } else {
        sb.append((char) c);
      }
    }
    sb.append(quote);
  }

  // ---- float and complex ----

  public static String floatRepr(double v) {
    StringBuilder sb = new StringBuilder(24);
    appendFloat(sb, v, true);
    return sb.toString();
  }

  /** Python's {@code repr(complex(0.0, imag))}: the imaginary part without a forced ".0". */
  public static String imaginary(double imag) {
    StringBuilder sb = new StringBuilder(24);
    appendImaginary(sb, imag);
    return sb.toString();
  }

  public static void appendImaginary(StringBuilder sb, double imag) {
    appendFloat(sb, imag, false);
    sb.append('j');
  }

  /**
   * Python's {@code float_repr_style == 'short'} formatting: the shortest digits that round-trip
   * (closest to the value when several are as short), fixed notation when the decimal exponent
   * lies in [-4, 16), else {@code d.ddde+XX}.
   */
  public static void appendFloat(StringBuilder sb, double v, boolean addDotZero) {
    if (Double.isNaN(v)) {
      sb.append("nan");
      return;
    }
    if (v < 0 || (v == 0 && 1 / v < 0)) {
      sb.append('-');
      v = -v;
    }
    if (Double.isInfinite(v)) {
      sb.append("inf");
      return;
    }
    if (v == 0) {
      sb.append(addDotZero ? "0.0" : "0");
      return;
    }
    // Java 19+ gives the shortest round-tripping digits, except that it prefers a closer
    // 2-digit decimal over a 1-digit one; Python always takes the shortest. A 1-digit decimal
    // is at least 1% away from a 2-digit one, so it can only round to the same double where
    // doubles are that sparse: among the smallest subnormals.
    String java = Double.toString(v);
    char[] digits = new char[20];
    int nd = 0;
    int decpt = 0; // value = 0.d1d2d3... * 10^decpt
    int e = java.indexOf('E');
    int mantissaEnd = e < 0 ? java.length() : e;
    int exp10 = e < 0 ? 0 : Integer.parseInt(java, e + 1, java.length(), 10);
    boolean seenPoint = false;
    boolean leading = true;
    for (int i = 0; i < mantissaEnd; i++) {
      char c = java.charAt(i);
      if (c == '.') {
        seenPoint = true;
        continue;
      }
      if (leading && c == '0') {
        if (seenPoint) {
          decpt--;
        }
        continue;
      }
      leading = false;
      digits[nd++] = c;
      if (!seenPoint) {
        decpt++;
      }
    }
    decpt += exp10;
    while (nd > 1 && digits[nd - 1] == '0') {
      nd--;
    }
    if (nd == 2 && v < Double.MIN_NORMAL) {
      nd = shortenToOneDigit(v, digits, decpt);
      if (nd == 1 && digits[0] == ':') { // rounded 9 up to 10
        digits[0] = '1';
        decpt++;
      }
    }
    if (decpt > -4 && decpt <= 16) {
      appendFixed(sb, digits, nd, decpt, addDotZero);
    } else {
      appendExponent(sb, digits, nd, decpt - 1);
    }
  }

  /** Returns 1 (with digits[0] updated) if a 1-digit decimal also rounds to {@code v}. */
  private static int shortenToOneDigit(double v, char[] digits, int decpt) {
    int d1 = digits[0] - '0';
    BigDecimal exact = new BigDecimal(v);
    BigDecimal best = null;
    int bestDigit = -1;
    for (int d = d1; d <= d1 + 1; d++) {
      BigDecimal candidate = BigDecimal.valueOf(d).scaleByPowerOfTen(decpt - 1);
      if (candidate.doubleValue() == v) {
        if (best == null
            || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
          best = candidate;
          bestDigit = d;
        }
      }
    }
    if (best == null) {
      return 2;
    }
    digits[0] = (char) ('0' + bestDigit); // ':' stands for 10
    return 1;
  }

  private static void appendFixed(
      StringBuilder sb, char[] digits, int nd, int decpt, boolean addDotZero) {
    if (decpt <= 0) {
      sb.append("0.");
      for (int i = decpt; i < 0; i++) {
        sb.append('0');
      }
      sb.append(digits, 0, nd);
    } else if (decpt >= nd) {
      sb.append(digits, 0, nd);
      for (int i = nd; i < decpt; i++) {
        sb.append('0');
      }
      if (addDotZero) {
        sb.append(".0");
      }
    } else {
      sb.append(digits, 0, decpt).append('.').append(digits, decpt, nd - decpt);
    }
  }

  private static void appendExponent(StringBuilder sb, char[] digits, int nd, int exp) {
    sb.append(digits[0]);
    if (nd > 1) {
      sb.append('.').append(digits, 1, nd - 1);
    }
    sb.append('e').append(exp < 0 ? '-' : '+');
    int a = Math.abs(exp);
    if (a < 10) {
      sb.append('0');
    }
    sb.append(a);
  }

  // ---- int ----

  public static String intRepr(java.math.BigInteger value) {
    return value.toString();
  }
}
