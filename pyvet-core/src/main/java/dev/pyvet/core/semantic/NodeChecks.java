package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pyflakes' checks that look at one statement or expression only (repeated dict keys, starred
 * targets, tuple tests, {@code is} with a literal, a bare {@code except:} before others,
 * {@code raise NotImplemented}). The model's walk runs them as it handles each such node, as
 * pyflakes' handlers do; the checks that need the walk's state (the scope, the loop, the binding
 * of {@code print}) are in {@link ModelBuilder}.
 */
final class NodeChecks {
  private NodeChecks() {}

  /** Receives a finding at a node's position. */
  interface Report {
    void report(String code, Ast.Node at, String message);
  }

  /** F601 and F602: pyflakes' comparison of keys and of the values they map to. */
  static void repeatedKeys(Ast.Dict d, Report out) {
    List<Ast.ExprNode> keyNodes = d.keys();
    if (keyNodes.size() < 2 || distinctStrings(keyNodes)) {
      return;
    }
    Map<DictKey, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < keyNodes.size(); i++) {
      byKey.computeIfAbsent(DictKey.of(keyNodes.get(i)), k -> new ArrayList<>()).add(i);
    }
    for (var group : byKey.entrySet()) {
      List<Integer> indices = group.getValue();
      if (indices.size() < 2) {
        continue;
      }
      Map<DictKey, Integer> valueCounts = new HashMap<>();
      for (int i : indices) {
        valueCounts.merge(DictKey.of(d.values().get(i)), 1, Integer::sum);
      }
      if (!valueCounts.containsValue(1)) {
        continue;
      }
      // Every occurrence is named after the first one: pyflakes counts keys in a Counter.
      String message = group.getKey() instanceof DictKey.Variable v
          ? "dictionary key variable " + v.name() + " repeated with different values"
          : "dictionary key " + DictKey.repr(keyNodes.get(indices.get(0)))
              + " repeated with different values";
      String code = group.getKey() instanceof DictKey.Variable ? "F602" : "F601";
      for (int i : indices) {
        out.report(code, keyNodes.get(i), message);
      }
    }
  }

  /**
   * Whether the keys are all str literals, no two equal: the usual dict, with nothing to report,
   * found without making a {@link DictKey} of each key (str keys compare as {@code DictKey}'s do).
   */
  private static boolean distinctStrings(List<Ast.ExprNode> keys) {
    Set<ConstantValue.Str> seen = new HashSet<>();
    for (Ast.ExprNode k : keys) {
      if (!(k instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s && seen.add(s))) {
        return false;
      }
    }
    return true;
  }

  /** F621 and F622 on an assignment target: too many names before a star, or two stars. */
  static void starred(Ast.Located target, List<Ast.ExprNode> elts, Report out) {
    int star = -1;
    for (int i = 0; i < elts.size(); i++) {
      if (elts.get(i) instanceof Ast.Starred) {
        if (star >= 0) {
          out.report("F622", target, "two starred expressions in assignment");
          break;
        }
        star = i;
      }
    }
    if (star >= 1 << 8 || elts.size() - star - 1 >= 1 << 24) {
      out.report("F621", target, "too many expressions in star-unpacking assignment");
    }
  }

  /** F631 ({@code assert}) or F634 ({@code if}, conditional expression) on a tuple test. */
  static void tupleTest(Ast.Located node, Ast.ExprNode test, Report out) {
    if (test instanceof Ast.Tuple t && !t.elts().isEmpty()) {
      if (node instanceof Ast.Assert) {
        out.report("F631", node, "assertion is always true, perhaps remove parentheses?");
      } else {
        out.report("F634", node,
            "'if tuple literal' is always true, perhaps remove accidental comma?");
      }
    }
  }

  /** F632: once per {@code is}/{@code is not} of a chain that has a literal on either side. */
  static void isLiteral(Ast.Compare c, Report out) {
    Ast.ExprNode left = c.left();
    for (int i = 0; i < c.ops().size(); i++) {
      Ast.ExprNode right = c.comparators().get(i);
      Ast.CmpOpKind op = c.ops().get(i);
      if ((op == Ast.CmpOpKind.Is || op == Ast.CmpOpKind.IsNot)
          && (literalNonSingleton(left) || literalNonSingleton(right))) {
        out.report("F632", c,
            "use ==/!= to compare constant literals (str, bytes, int, float, tuple)");
      }
      left = right;
    }
  }

  /** A constant other than True, False, None and {@code ...}, or a tuple of constants. */
  private static boolean literalNonSingleton(Ast.ExprNode node) {
    if (node instanceof Ast.Constant c) {
      return !(c.value() instanceof ConstantValue.Bool
          || c.value() instanceof ConstantValue.None
          || c.value() instanceof ConstantValue.Ellipsis);
    }
    return node instanceof Ast.Tuple t && constantTuple(t);
  }

  /** pyflakes' "tuple of constants", nested tuples included; iterative for deep nesting. */
  private static boolean constantTuple(Ast.Tuple tuple) {
    Deque<Ast.Tuple> todo = new ArrayDeque<>();
    todo.push(tuple);
    while (!todo.isEmpty()) {
      for (Ast.ExprNode e : todo.pop().elts()) {
        if (e instanceof Ast.Tuple t) {
          todo.push(t);
        } else if (!(e instanceof Ast.Constant)) {
          return false;
        }
      }
    }
    return true;
  }

  /** F707: a bare {@code except:} that is not the last handler. */
  static void defaultExceptNotLast(List<Ast.ExceptHandlerNode> handlers, Report out) {
    for (int i = 0; i < handlers.size() - 1; i++) {
      if (handlers.get(i) instanceof Ast.ExceptHandler h && h.type() == null) {
        out.report("F707", h, "default 'except:' must be last");
      }
    }
  }

  /** F901: {@code raise NotImplemented} or {@code raise NotImplemented(...)}. */
  static void raiseNotImplemented(Ast.Raise r, Report out) {
    Ast.ExprNode exc = r.exc() instanceof Ast.Call call ? call.func() : r.exc();
    if (exc instanceof Ast.Name n && n.id().equals("NotImplemented")) {
      out.report("F901", r, "'raise NotImplemented' should be 'raise NotImplementedError'");
    }
  }
}
