package dev.pyvet.core.rules.pyflakes.format;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * pyflakes' checks of {@code 'literal'.format(...)} (F521 to F525): the template must parse as
 * {@code string.Formatter().parse} parses it (fields nested one level deep in a format spec
 * included), must not mix automatic and manual numbering, and, unless the call unpacks
 * {@code *args} or {@code **kwargs}, its fields and the call's arguments must match.
 */
public final class DotFormatCheck {
  private DotFormatCheck() {}

  /** The str whose {@code format} method {@code call} calls, or null when pyflakes skips it. */
  public static ConstantValue.Str formatString(Ast.Call call) {
    // the string first: few calls are on a literal, and comparing names costs more
    if (call.func() instanceof Ast.Attribute a
        && a.value() instanceof Ast.Constant c
        && c.value() instanceof ConstantValue.Str s
        && a.attr().equals("format")) {
      return s;
    }
    return null;
  }

  /** What pyflakes reports on {@code call}, in its order; empty when it is not checked. */
  public static List<Finding> findings(Ast.Call call) {
    ConstantValue.Str format = formatString(call);
    if (format == null) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Placeholders placeholders = new Placeholders();
    try {
      for (BraceFormat.Item item : BraceFormat.parse(format.pythonCodePoints())) {
        if (!placeholders.add(item.fieldName())) {
          out.add(new Finding("F525", "'...'.format(...) mixes automatic and manual numbering"));
          return out;
        }
        if (item.formatSpec() == null) {
          continue;
        }
        for (BraceFormat.Item inner : BraceFormat.parse(item.formatSpec().codePoints().toArray())) {
          if (inner.formatSpec() != null && inner.formatSpec().indexOf('{') >= 0) {
            throw new InvalidFormatString("Max string recursion exceeded");
          }
          if (!placeholders.add(inner.fieldName())) {
            out.add(new Finding("F525", "'...'.format(...) mixes automatic and manual numbering"));
            return out;
          }
        }
      }
    } catch (InvalidFormatString e) {
      out.clear();
      out.add(new Finding("F521", "'...'.format(...) has invalid format string: " + e.getMessage()));
      return out;
    }

    for (Ast.ExprNode arg : call.args()) {
      if (arg instanceof Ast.Starred) {
        return out;
      }
    }
    Set<String> keywords = new HashSet<>();
    for (Ast.Keyword k : call.keywords()) {
      if (k.arg() == null) {
        return out;
      }
      keywords.add(k.arg());
    }
    int positionalArgs = call.args().size();

    Set<String> extraPositional = new HashSet<>();
    for (int i = 0; i < positionalArgs; i++) {
      if (!placeholders.positional.contains(BigInteger.valueOf(i))) {
        extraPositional.add(Integer.toString(i));
      }
    }
    Set<String> extraNamed = new HashSet<>(keywords);
    extraNamed.removeAll(placeholders.named);
    Set<String> missing = new HashSet<>();
    for (BigInteger p : placeholders.positional) {
      if (p.signum() < 0 || p.compareTo(BigInteger.valueOf(positionalArgs)) >= 0) {
        missing.add(p.toString());
      }
    }
    for (String name : placeholders.named) {
      if (!keywords.contains(name)) {
        missing.add(name);
      }
    }
    if (!extraPositional.isEmpty()) {
      out.add(new Finding("F523", "'...'.format(...) has unused arguments at position(s): "
          + PythonStrings.sortedJoin(extraPositional)));
    }
    if (!extraNamed.isEmpty()) {
      out.add(new Finding("F522", "'...'.format(...) has unused named argument(s): "
          + PythonStrings.sortedJoin(extraNamed)));
    }
    if (!missing.isEmpty()) {
      out.add(new Finding("F524", "'...'.format(...) is missing argument(s) for placeholder(s): "
          + PythonStrings.sortedJoin(missing)));
    }
    return out;
  }

  /**
   * The fields a template uses, numbered as pyflakes numbers them: the name up to the first
   * '.' or '[' is an argument index when Python's {@code int()} accepts it (so {@code { 1 }} and
   * {@code {-1}} are indexes too), an automatic index when empty, a keyword otherwise.
   */
  private static final class Placeholders {
    final Set<BigInteger> positional = new HashSet<>();
    final Set<String> named = new HashSet<>();
    private Boolean automatic;
    private int nextAutomatic;

    /** Records a field; false when it mixes automatic and manual numbering. */
    boolean add(String fieldName) {
      if (fieldName == null) {
        return true;
      }
      String key = fieldName;
      int dot = key.indexOf('.');
      if (dot >= 0) {
        key = key.substring(0, dot);
      }
      int bracket = key.indexOf('[');
      if (bracket >= 0) {
        key = key.substring(0, bracket);
      }
      BigInteger index = PythonInt.parse(key);
      if (index != null) {
        if (Boolean.TRUE.equals(automatic)) {
          return false;
        }
        automatic = false;
        positional.add(index);
        return true;
      }
      if (key.isEmpty()) {
        if (Boolean.FALSE.equals(automatic)) {
          return false;
        }
        automatic = true;
        positional.add(BigInteger.valueOf(nextAutomatic++));
        return true;
      }
      named.add(key);
      return true;
    }
  }
}
