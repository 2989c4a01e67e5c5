package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.syntax.ast.Ast;
import java.util.Deque;
import java.util.List;

/** The child nodes of a node, for the iterative walks of this package. */
final class AstChildren {
  private AstChildren() {}

  /** Pushes every child node of {@code node} (fields and list items) onto {@code stack}. */
  static void push(Ast.Node node, Deque<Ast.Node> stack) {
    node.forEachField((name, value) -> {
      if (value instanceof Ast.Node child) {
        stack.push(child);
      } else if (value instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Ast.Node child) {
            stack.push(child);
          }
        }
      }
    });
  }
}
