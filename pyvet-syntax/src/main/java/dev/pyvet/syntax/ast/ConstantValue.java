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

  /** A str literal; may hold lone surrogates, as Python strs may. */
  record Str(String value) implements ConstantValue {}

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
