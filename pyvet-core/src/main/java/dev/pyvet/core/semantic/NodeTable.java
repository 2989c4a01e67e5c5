package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;

/**
 * Per visited node: the parent the walk handled it under, pyflakes' node depth at that time, the
 * scope it was in, and for a name read the binding it resolved to. An identity hash table with
 * open addressing: one entry per node of the file, so no per-entry objects. The node, its parent,
 * its scope and its binding sit side by side in one array (16 bytes with compressed references),
 * since every node of a file is put here once.
 */
final class NodeTable {
  private static final int NONE = -1;
  // per slot: the node, its parent, its scope, the binding a read of it resolved to
  private static final int STRIDE = 4;

  private Object[] entries;
  private int[] depths;
  private int mask;
  private int size;
  // the slot of the last put: a name is resolved right after it is put, so its binding is
  // stored without hashing the node again
  private int lastPut = NONE;

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
    lastPut = i;
  }

  /**
   * Records that the read {@code name} resolved to {@code binding}; false (nothing recorded) when
   * {@code name} was never put here.
   */
  boolean resolve(Ast.Name name, Binding binding) {
    int i = lastPut != NONE && entries[lastPut * STRIDE] == name ? lastPut : slot(name);
    if (i == NONE) {
      return false;
    }
    entries[i * STRIDE + 3] = binding;
    return true;
  }

  /** The binding the read {@code name} resolved to, or null. */
  Binding binding(Ast.Name name) {
    int i = name == null ? NONE : slot(name);
    return i == NONE ? null : (Binding) entries[i * STRIDE + 3];
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
        entries[lastPut * STRIDE + 3] = oldEntries[j * STRIDE + 3];
      }
    }
    lastPut = NONE;
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
