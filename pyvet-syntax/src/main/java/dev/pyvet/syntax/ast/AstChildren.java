package dev.pyvet.syntax.ast;

import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The child nodes of a node, as Python's {@code ast.iter_child_nodes} gives them: the nodes its
 * fields hold, directly or in lists, in field order. For the iterative walks that deep trees need.
 */
public final class AstChildren {
  private AstChildren() {}

  /** Passes each node a field value holds (the value itself, or a list's nodes, in order). */
  public static void forEachNodeIn(Object fieldValue, Consumer<? super Ast.Node> action) {
    if (fieldValue instanceof Ast.Node node) {
      action.accept(node);
    } else if (fieldValue instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Ast.Node node) {
          action.accept(node);
        }
      }
    }
  }

  /** Adds the child nodes of {@code node} to {@code out} in field order. */
  public static void addTo(Ast.Node node, Collection<? super Ast.Node> out) {
    node.forEachField((name, value) -> addNodesIn(value, out));
  }

  /** Pushes the child nodes of {@code node} onto {@code stack} in field order (the last on top). */
  public static void push(Ast.Node node, Deque<? super Ast.Node> stack) {
    node.forEachField((name, value) -> pushNodesIn(value, stack));
  }

  // The two below repeat forEachNodeIn's loop on purpose: walks run them for every field of
  // every node, and the launcher's C1-only JIT would allocate a method reference per field.

  private static void addNodesIn(Object fieldValue, Collection<? super Ast.Node> out) {
    if (fieldValue instanceof Ast.Node node) {
      out.add(node);
    } else if (fieldValue instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Ast.Node node) {
          out.add(node);
        }
      }
    }
  }

  private static void pushNodesIn(Object fieldValue, Deque<? super Ast.Node> stack) {
    if (fieldValue instanceof Ast.Node node) {
      stack.push(node);
    } else if (fieldValue instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Ast.Node node) {
          stack.push(node);
        }
      }
    }
  }
}
