package dev.pyvet.syntax.ast;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
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
    node.addChildren(out);
  }

  /** Pushes the child nodes of {@code node} onto {@code stack} in field order (the last on top). */
  public static void push(Ast.Node node, Deque<? super Ast.Node> stack) {
    node.addChildren(new Pusher(stack));
  }

  /** A collection that only takes nodes, pushing each onto a stack, for {@link Ast.Node#addChildren}. */
  private static final class Pusher extends AbstractCollection<Ast.Node> {
    private final Deque<? super Ast.Node> stack;

    Pusher(Deque<? super Ast.Node> stack) {
      this.stack = stack;
    }

    @Override
    public boolean add(Ast.Node node) {
      stack.push(node);
      return true;
    }

    @Override
    public Iterator<Ast.Node> iterator() {
      throw new UnsupportedOperationException("only add");
    }

    @Override
    public int size() {
      throw new UnsupportedOperationException("only add");
    }
  }
}
