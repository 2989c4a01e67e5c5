package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.ast.ConstantValue;
import java.math.BigInteger;

/**
 * Turns literal tokens into values exactly as CPython does: numbers (int of any size, float,
 * imaginary; underscores; 0x/0o/0b) and the bodies of string and bytes literals (escape
 * sequences, including {@code \N{NAME}}; raw strings).
 *
 * <p>Problems CPython reports as SyntaxError are thrown as {@link LiteralException} with CPython's
 * message; the caller adds the position.
 */
public final class Literals {
  private Literals() {}

  /** CPython's default {@code sys.get_int_max_str_digits()}. */
  private static final int MAX_STR_DIGITS = 4300;

  /** A NUMBER token's text to an Int, Float or Complex constant. */
  public static ConstantValue number(String text) throws LiteralException {
    int len = text.length();
    char last = text.charAt(len - 1);
    if (last == 'j' || last == 'J') {
      return new ConstantValue.Complex(parseFloat(text, len - 1));
    }
    if (len > 1 && text.charAt(0) == '0') {
      char p = text.charAt(1);
      switch (p) {
        case 'x', 'X' -> {
          return new ConstantValue.Int(parseRadix(text, 2, 16));
        }
        case 'o', 'O' -> {
          return new ConstantValue.Int(parseRadix(text, 2, 8));
        }
        case 'b', 'B' -> {
          return new ConstantValue.Int(parseRadix(text, 2, 2));
        }
        default -> {}
      }
    }
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return new ConstantValue.Float(parseFloat(text, len));
      }
    }
    return new ConstantValue.Int(parseDecimal(text));
  }

  private static double parseFloat(String text, int end) {
    String digits = text.indexOf('_') < 0 ? text.substring(0, end) : stripUnderscores(text, 0, end);
    // Double.parseDouble rounds correctly, as Python does, and yields Infinity on overflow.
    return Double.parseDouble(digits);
  }

  private static BigInteger parseDecimal(String text) throws LiteralException {
    int len = text.length();
    if (len <= 18 && text.indexOf('_') < 0) {
      return BigInteger.valueOf(Long.parseLong(text));
    }
    String digits = stripUnderscores(text, 0, len);
    BigInteger value = new BigInteger(digits);
    // Only an all-zero literal may start with 0, and zeros alone never exceed the limit.
    if (digits.length() > MAX_STR_DIGITS && value.signum() != 0) {
      throw new LiteralException(
          "Exceeds the limit ("
              + MAX_STR_DIGITS
              + " digits) for integer string conversion: value has "
              + digits.length()
              + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider"
              + " hexadecimal for huge integer literals to avoid decimal conversion limits.",
          0);
    }
    return value;
  }

  private static BigInteger parseRadix(String text, int start, int radix) {
    int len = text.length();
    int bitsPerDigit = radix == 16 ? 4 : radix == 8 ? 3 : 1;
    if ((len - start) * bitsPerDigit <= 62 && text.indexOf('_') < 0) {
      return BigInteger.valueOf(Long.parseLong(text, start, len, radix));
    }
    return new BigInteger(stripUnderscores(text, start, len), radix);
  }

  private static String stripUnderscores(String text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '_') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Decodes the body of a str literal (the text between the quotes, prefix and quotes removed).
   * For an f-string or t-string part, pass the FSTRING_MIDDLE text; doubled braces are then
   * halved too when {@code fstringPart} is true.
   */
  public static String str(String body, boolean raw, boolean fstringPart) throws LiteralException {
    return StrDecoder.decode(body, raw, fstringPart).value();
  }

  /**
   * Like {@link #str}, as a constant that also keeps apart escaped surrogates Java would pair
   * ({@code '\\ud83d\\ude00'} is two code points in Python); join the parts of an implicit
   * concatenation with {@link ConstantValue.Str#concat}.
   */
  public static ConstantValue.Str strConstant(String body, boolean raw, boolean fstringPart)
      throws LiteralException {
    return StrDecoder.decode(body, raw, fstringPart);
  }

  /** Decodes the body of a bytes literal. */
  public static byte[] bytes(String body, boolean raw) throws LiteralException {
    return BytesDecoder.decode(body, raw);
  }

  /** A literal CPython rejects; the message is CPython's, without position. */
  public static final class LiteralException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Char offset inside the literal body where the problem starts, or -1. */
    private final int offset;

    public LiteralException(String message, int offset) {
      super(message);
      this.offset = offset;
    }

    public int offset() {
      return offset;
    }
  }
}
