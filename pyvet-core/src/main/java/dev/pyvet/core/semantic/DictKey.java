package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.ast.PyRepr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A dictionary key or value as pyflakes compares them when it looks for repeated keys: literals
 * by Python's {@code ==} (so {@code 1}, {@code 1.0}, {@code True} and {@code 1+0j}'s kind of
 * equal numbers are one key), plain names by their identifier, tuples item by item, and anything
 * else as a value equal to nothing but itself.
 */
sealed interface DictKey {

  /** A real number (ints, bools, floats and zero imaginaries), compared exactly as Python does. */
  record Real(BigDecimal value) implements DictKey {
    public Real {
      value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }
  }

  /** A float literal too large for a double: Python's {@code inf}. */
  record Infinite() implements DictKey {}

  /** An imaginary literal other than zero. */
  record Imaginary(double imag) implements DictKey {}

  record Text(ConstantValue.Str value) implements DictKey {}

  record Binary(ConstantValue.Bytes value) implements DictKey {}

  record NoneKey() implements DictKey {}

  record EllipsisKey() implements DictKey {}

  /** A bare name: pyflakes treats two uses of one name as the same key. */
  record Variable(String name) implements DictKey {}

  record Items(List<DictKey> items) implements DictKey {}

  /** Any other expression: equal only to itself, as pyflakes' placeholder object is. */
  final class Unhandled implements DictKey {}

  /** The key or value {@code node} stands for; a {@code **mapping} entry has a null key. */
  static DictKey of(Ast.ExprNode node) {
    return switch (node) {
      case Ast.Constant c -> ofConstant(c.value());
      case Ast.Name n -> new Variable(n.id());
      case Ast.Tuple t -> {
        List<DictKey> items = new ArrayList<>(t.elts().size());
        for (Ast.ExprNode e : t.elts()) {
          items.add(of(e));
        }
        yield new Items(items);
      }
      case null, default -> new Unhandled();
    };
  }

  private static DictKey ofConstant(ConstantValue value) {
    return switch (value) {
      case ConstantValue.None n -> new NoneKey();
      case ConstantValue.Ellipsis e -> new EllipsisKey();
      case ConstantValue.Bool b -> new Real(b.value() ? BigDecimal.ONE : BigDecimal.ZERO);
      case ConstantValue.Int i -> new Real(new BigDecimal(i.value()));
      case ConstantValue.Float f -> Double.isInfinite(f.value())
          ? new Infinite() : new Real(new BigDecimal(f.value()));
      case ConstantValue.Complex c -> c.imag() == 0 ? new Real(BigDecimal.ZERO) : new Imaginary(c.imag());
      case ConstantValue.Str s -> new Text(s);
      case ConstantValue.Bytes b -> new Binary(b);
    };
  }

  /**
   * Python's {@code repr()} of the key {@code node} (a constant or a tuple of them), as pyflakes
   * puts it in its message. Names inside a tuple print as pyflakes' key objects do, minus the
   * memory address that Python adds.
   */
  static String repr(Ast.ExprNode node) {
    StringBuilder sb = new StringBuilder();
    appendRepr(sb, node);
    return sb.toString();
  }

  private static void appendRepr(StringBuilder sb, Ast.ExprNode node) {
    switch (node) {
      case Ast.Constant c -> PyRepr.appendConstant(sb, c.value());
      case Ast.Tuple t -> {
        sb.append('(');
        for (int i = 0; i < t.elts().size(); i++) {
          if (i > 0) {
            sb.append(", ");
          }
          appendRepr(sb, t.elts().get(i));
        }
        sb.append(t.elts().size() == 1 ? ",)" : ")");
      }
      default -> sb.append("<pyflakes.checker.VariableKey object>");
    }
  }
}
