package dev.pyvet.core.rule;

import dev.pyvet.syntax.ast.Ast;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Iterator;

/**
 * The stack of {@link RuleEngine}'s pre-order walk: nodes still to visit and scope-exit markers.
 * It is also the collection that {@link Ast.Node#addChildren} fills, so a node's children go
 * straight onto the stack (then turned around, the first child on top) without a list between.
 */
final class WalkStack extends AbstractCollection<Ast.Node> {
  private Object[] items = new Object[64];
  private int size;

  /** Pushes a node or a marker. */
  void push(Object item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = item;
  }

  Object pop() {
    Object top = items[--size];
    items[size] = null;
    return top;
  }

  /** The number of items, for {@link #reverseFrom}. */
  int depth() {
    return size;
  }

  /** Reverses the items pushed since the stack held {@code from} items. */
  void reverseFrom(int from) {
    for (int i = from, j = size - 1; i < j; i++, j--) {
      Object t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  }

  @Override
  public boolean add(Ast.Node node) {
    push(node);
    return true;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<Ast.Node> iterator() {
    throw new UnsupportedOperationException("a stack for the walk only");
  }
}
