package dev.pyvet.core.rules.pyflakes.format;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.ast.PyRepr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * pyflakes' checks of {@code 'literal' % right} (F501 to F509): the format string against itself
 * (mixed named and positional specifiers, unknown conversions, {@code *} with a mapping) and
 * against a literal tuple, list or dict on the right. Only a str constant on the left counts:
 * bytes, f-strings and names are left alone, as pyflakes leaves them.
 */
public final class PercentFormatCheck {
  private PercentFormatCheck() {}

  private static final String VALID_CONVERSIONS = "diouxXeEfFgGcrsa%";

  /** The str on the left of a {@code %} operation, or null when pyflakes does not check it. */
  public static ConstantValue.Str formatString(Ast.BinOp op) {
    if (op.op() == Ast.OperatorKind.Mod
        && op.left() instanceof Ast.Constant c
        && c.value() instanceof ConstantValue.Str s) {
      return s;
    }
    return null;
  }

  /** What pyflakes reports on {@code op}, in its order; empty when it is not checked. */
  public static List<Finding> findings(Ast.BinOp op) {
    ConstantValue.Str format = formatString(op);
    if (format == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    List<PercentFormat.Piece> pieces;
    try {
      pieces = PercentFormat.parse(format.pythonCodePoints());
    } catch (InvalidFormatString e) {
      out.add(new Finding("F501", "'...' % ... has invalid format string: incomplete format"));
      return out;
    }

    Set<String> named = new HashSet<>();
    int positionalCount = 0;
    Boolean positional = null;
    for (PercentFormat.Piece piece : pieces) {
      PercentFormat.Specifier spec = piece.specifier();
      if (spec == null || spec.conversion().equals("%")) {
        continue;
      }
      // a conversion is one code point; one outside the BMP is two chars and never found
      if (VALID_CONVERSIONS.indexOf(spec.conversion()) < 0) {
        out.add(new Finding("F509",
            "'...' % ... has unsupported format character " + PyRepr.str(spec.conversion())));
      }
      if (positional == null) {
        positional = spec.key() == null;
      }
      for (String part : new String[] {spec.width(), spec.precision()}) {
        if (part != null && part.indexOf('*') >= 0) {
          if (!positional) {
            out.add(new Finding("F508", "'...' % ... `*` specifier requires sequence"));
          } else {
            positionalCount++;
          }
        }
      }
      if (positional != (spec.key() == null)) {
        out.add(new Finding("F506", "'...' % ... has mixed positional and named placeholders"));
        return out;
      }
      if (positional) {
        positionalCount++;
      } else {
        named.add(spec.key());
      }
    }
    boolean isPositional = positional != null && positional;

    List<Ast.ExprNode> elements = switch (op.right()) {
      case Ast.Tuple t -> t.elts();
      case Ast.List l -> l.elts();
      default -> null;
    };
    if (elements != null && elements.stream().noneMatch(e -> e instanceof Ast.Starred)) {
      int substitutions = elements.size();
      if (isPositional && positionalCount != substitutions) {
        out.add(new Finding("F507", "'...' % ... has " + positionalCount
            + " placeholder(s) but " + substitutions + " substitution(s)"));
      } else if (!isPositional) {
        out.add(new Finding("F502", "'...' % ... expected mapping but got sequence"));
      }
    }

    if (op.right() instanceof Ast.Dict dict && allStrKeys(dict)) {
      if (isPositional && positionalCount > 1) {
        out.add(new Finding("F503", "'...' % ... expected sequence but got mapping"));
        return out;
      }
      Set<String> keys = new LinkedHashSet<>();
      for (Ast.ExprNode k : dict.keys()) {
        keys.add(((ConstantValue.Str) ((Ast.Constant) k).value()).value());
      }
      if (!isPositional) {
        Set<String> extra = new HashSet<>(keys);
        extra.removeAll(named);
        Set<String> missing = new HashSet<>(named);
        missing.removeAll(keys);
        if (!extra.isEmpty()) {
          out.add(new Finding("F504",
              "'...' % ... has unused named argument(s): " + PythonStrings.sortedJoin(extra)));
        }
        if (!missing.isEmpty()) {
          out.add(new Finding("F505", "'...' % ... is missing argument(s) for placeholder(s): "
              + PythonStrings.sortedJoin(missing)));
        }
      }
    }
    return out;
  }

  /** Every key a str constant (a {@code **splat} has no key and spoils it). */
  private static boolean allStrKeys(Ast.Dict dict) {
    for (Ast.ExprNode k : dict.keys()) {
      if (!(k instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str)) {
        return false;
      }
    }
    return true;
  }
}
