package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;

/**
 * Per visited node: the parent the walk handled it under, pyflakes' node depth at that time, and
 * the scope it was in. An identity hash table with open addressing: one entry per node of the
 * file, so no per-entry objects. The node, its parent and its scope sit side by side in one
 * array (one cache line for the three), since every node of a file is put here once.
 */
final class NodeTable {
  private static final int NONE = -1;
  // per slot: the node, its parent, its scope
  private static final int STRIDE = 3;

  private Object[] entries;
  private int[] depths;
  private int mask;
  private int size;

  NodeTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(expected, 32) * 2 - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    entries = new Object[capacity * STRIDE];
    depths = new int[capacity];
    mask = capacity - 1;
  }

  private static int hash(Ast.Node node, int mask) {
    int h = System.identityHashCode(node);
    return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 1 & mask;
  }

  private int slot(Ast.Node node) {
    int i = hash(node, mask);
    while (true) {
      Object k = entries[i * STRIDE];
      if (k == node) {
        return i;
      }
      if (k == null) {
        return NONE;
      }
      i = (i + 1) & mask;
    }
  }

  /** Records (or overwrites) what the walk knows of {@code node}. */
  void put(Ast.Node node, Ast.Node parent, int depth, Scope scope) {
    if ((size + 1) * 2 > mask + 1) {
      grow();
    }
    int i = hash(node, mask);
    Object k;
    while ((k = entries[i * STRIDE]) != null && k != node) {
      i = (i + 1) & mask;
    }
    int at = i * STRIDE;
    if (k == null) {
      entries[at] = node;
      size++;
    }
    entries[at + 1] = parent;
    entries[at + 2] = scope;
    depths[i] = depth;
  }

  private void grow() {
    Object[] oldEntries = entries;
    int[] oldDepths = depths;
    allocate((mask + 1) * 2);
    size = 0;
    for (int j = 0; j < oldDepths.length; j++) {
      Object k = oldEntries[j * STRIDE];
      if (k != null) {
        put((Ast.Node) k, (Ast.Node) oldEntries[j * STRIDE + 1], oldDepths[j],
            (Scope) oldEntries[j * STRIDE + 2]);
      }
    }
  }

  boolean contains(Ast.Node node) {
    return node != null && slot(node) != NONE;
  }

  /** The parent {@code node} was handled under, or null if it was not handled. */
  Ast.Node parent(Ast.Node node) {
    int i = node == null ? NONE : slot(node);
    return i == NONE ? null : (Ast.Node) entries[i * STRIDE + 1];
  }

  int depth(Ast.Node node) {
    return depths[slot(node)];
  }

  Scope scope(Ast.Node node) {
    int i = node == null ? NONE : slot(node);
    return i == NONE ? null : (Scope) entries[i * STRIDE + 2];
  }

  @Override
  public String toString() {
    return "NodeTable[" + size + " nodes]";
  }
}
