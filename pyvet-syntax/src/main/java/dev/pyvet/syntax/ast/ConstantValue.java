package dev.pyvet.syntax.ast;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The value of a {@code Constant} (or {@code MatchSingleton}) node: one of the Python object
 * kinds the parser can produce.
 */
public sealed interface ConstantValue {

  /** Python's {@code None}. */
  record None() implements ConstantValue {}

  /** {@code True} or {@code False}. */
  record Bool(boolean value) implements ConstantValue {}

  /** Python's {@code ...}. */
  record Ellipsis() implements ConstantValue {}

  /** An int literal of any size. */
  record Int(BigInteger value) implements ConstantValue {}

  /** A float literal, rounded to the nearest double as Python does. */
  record Float(double value) implements ConstantValue {}

  /** An imaginary literal such as {@code 2j}: the real part is always zero. */
  record Complex(double imag) implements ConstantValue {}

  /**
   * A str literal; may hold lone surrogates, as Python strs may.
   *
   * <p>A Java String cannot tell Python's two code points {@code '\ud83d\ude00'} (escaped
   * surrogates) from the one code point U+1F600: Java pairs them. For that rare case {@code
   * codePoints} holds Python's code points; it is null whenever {@code value} read code point by
   * code point already gives them.
   */
  record Str(String value, int[] codePoints) implements ConstantValue {
    public Str {
      if (codePoints != null && codePoints.length == value.codePointCount(0, value.length())) {
        codePoints = null;
      }
    }

    public Str(String value) {
      this(value, null);
    }

    /** Python's code points of this str. */
    public int[] pythonCodePoints() {
      return codePoints != null ? codePoints.clone() : value.codePoints().toArray();
    }

    /** Python's {@code a + b + ...}: keeps apart surrogates that meet at a seam. */
    public static Str concat(java.util.List<Str> parts) {
      StringBuilder sb = new StringBuilder();
      boolean split = false;
      for (Str p : parts) {
        int n = sb.length();
        split |=
            p.codePoints != null
                || (n > 0
                    && !p.value.isEmpty()
                    && Character.isHighSurrogate(sb.charAt(n - 1))
                    && Character.isLowSurrogate(p.value.charAt(0)));
        sb.append(p.value);
      }
      if (!split) {
        return new Str(sb.toString());
      }
      java.util.stream.IntStream all = java.util.stream.IntStream.empty();
      for (Str p : parts) {
        all = java.util.stream.IntStream.concat(all, java.util.Arrays.stream(p.pythonCodePoints()));
      }
      return new Str(sb.toString(), all.toArray());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Str s
          && value.equals(s.value)
          && Arrays.equals(codePoints, s.codePoints);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "Str[" + value + (codePoints == null ? "" : ", " + Arrays.toString(codePoints)) + "]";
    }
  }

  /** A bytes literal. */
  record Bytes(byte[] value) implements ConstantValue {
    @Override
    public boolean equals(Object o) {
      return o instanceof Bytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Bytes[" + Arrays.toString(value) + "]";
    }
  }

  None NONE = new None();
  Bool TRUE = new Bool(true);
  Bool FALSE = new Bool(false);
  Ellipsis ELLIPSIS = new Ellipsis();
}
