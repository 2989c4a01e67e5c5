package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.List;

/**
 * What an expression names in dotted form, seen through imports and builtins: with
 * {@code import datetime as dt}, {@code dt.datetime.now} is {@code datetime.datetime.now}; with
 * {@code from os import path}, {@code path.join} is {@code os.path.join}; an unshadowed
 * {@code print} is {@code builtins.print}. Rules match calls and attributes against these names,
 * so aliases are followed and a local variable of the same name is not mistaken for the module.
 */
public final class QualifiedNames {
  private QualifiedNames() {}

  /**
   * The dotted name of a {@code Name} or of an attribute chain on one, or null when its root is
   * not an import or a builtin (a local variable, a parameter, an undefined name, a call...).
   * Relative imports keep their leading dots ({@code .util.helper}).
   */
  public static String of(SemanticModel model, Ast.ExprNode expression) {
    List<String> attributes = new ArrayList<>();
    Ast.ExprNode e = expression;
    while (e instanceof Ast.Attribute a) {
      attributes.add(a.attr());
      e = a.value();
    }
    if (!(e instanceof Ast.Name root)) {
      return null;
    }
    Binding b = model.bindingOf(root);
    if (b == null) {
      return null;
    }
    String base = switch (b.kind()) {
      case BUILTIN -> "builtins." + root.id();
      // `import a.b` binds `a`, and `a.b.c` is spelled out in full
      case SUBMODULE_IMPORT -> root.id();
      case IMPORT, IMPORT_FROM -> b.fullName();
      case FUTURE_IMPORT -> "__future__." + root.id();
      default -> null;
    };
    if (base == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(base);
    for (int i = attributes.size() - 1; i >= 0; i--) {
      out.append('.').append(attributes.get(i));
    }
    return out.toString();
  }

  /** The dotted name of what {@code call} calls (see {@link #of}), or null. */
  public static String ofCall(SemanticModel model, Ast.Call call) {
    return of(model, call.func());
  }

  /** Whether {@code expression} names one of {@code names} (dotted, as {@link #of} gives them). */
  public static boolean isOneOf(SemanticModel model, Ast.ExprNode expression, String... names) {
    String q = of(model, expression);
    if (q == null) {
      return false;
    }
    for (String n : names) {
      if (n.equals(q)) {
        return true;
      }
    }
    return false;
  }
}
