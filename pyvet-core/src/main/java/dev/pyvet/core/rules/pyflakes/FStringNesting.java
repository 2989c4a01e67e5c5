package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Which f-strings pyflakes sees as inside another f- or t-string, where it does not look for
 * placeholders (a format spec such as {@code :>10} is itself an f-string without any). pyflakes
 * knows this from a flag set while it walks an f- or t-string; a lambda's body is walked later,
 * after the flag is cleared, so f-strings there count as outermost again.
 *
 * <p>The engine walks a tree before its subtrees, so an outermost f- or t-string is seen before
 * anything inside it: on first sight it marks the f-strings it holds, once per file.
 */
final class FStringNesting {
  private FStringNesting() {}

  /**
   * Whether {@code node}, an f- or t-string the walk has just reached, is inside another as
   * pyflakes sees it.
   */
  static boolean isNested(Ast.ExprNode node, ParsedFile file) {
    Set<Ast.Node> nested = file.derived(FStringNesting.class,
        f -> Collections.newSetFromMap(new IdentityHashMap<Ast.Node, Boolean>()));
    if (nested.contains(node)) {
      return true;
    }
    markInner(node, nested);
    return false;
  }

  private static void markInner(Ast.ExprNode outer, Set<Ast.Node> nested) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    AstChildren.push(outer, stack);
    while (!stack.isEmpty()) {
      Ast.Node node = stack.pop();
      if (node instanceof Ast.JoinedStr || node instanceof Ast.TemplateStr) {
        nested.add(node);
      }
      if (node instanceof Ast.Lambda lambda) {
        // pyflakes defers the body; the defaults are walked in place
        stack.push(lambda.args());
        continue;
      }
      AstChildren.push(node, stack);
    }
  }
}
