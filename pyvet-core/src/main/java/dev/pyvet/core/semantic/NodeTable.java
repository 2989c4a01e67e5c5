package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;

/**
 * Per visited node: the parent the walk handled it under, pyflakes' node depth at that time, and
 * the scope it was in. An identity hash table with open addressing over parallel arrays: one
 * entry per node of the file, so no per-entry objects.
 */
final class NodeTable {
  private static final int NONE = -1;

  private Ast.Node[] keys;
  private Ast.Node[] parents;
  private int[] depths;
  private Scope[] scopes;
  private int size;

  NodeTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(expected, 32) * 2 - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new Ast.Node[capacity];
    parents = new Ast.Node[capacity];
    depths = new int[capacity];
    scopes = new Scope[capacity];
  }

  private static int hash(Ast.Node node, int mask) {
    int h = System.identityHashCode(node);
    return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 1 & mask;
  }

  private int slot(Ast.Node node) {
    int mask = keys.length - 1;
    int i = hash(node, mask);
    while (true) {
      Ast.Node k = keys[i];
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
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = hash(node, mask);
    while (keys[i] != null && keys[i] != node) {
      i = (i + 1) & mask;
    }
    if (keys[i] == null) {
      keys[i] = node;
      size++;
    }
    parents[i] = parent;
    depths[i] = depth;
    scopes[i] = scope;
  }

  private void grow() {
    Ast.Node[] oldKeys = keys;
    Ast.Node[] oldParents = parents;
    int[] oldDepths = depths;
    Scope[] oldScopes = scopes;
    allocate(oldKeys.length * 2);
    size = 0;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        put(oldKeys[j], oldParents[j], oldDepths[j], oldScopes[j]);
      }
    }
  }

  boolean contains(Ast.Node node) {
    return node != null && slot(node) != NONE;
  }

  /** The parent {@code node} was handled under, or null if it was not handled. */
  Ast.Node parent(Ast.Node node) {
    int i = node == null ? NONE : slot(node);
    return i == NONE ? null : parents[i];
  }

  int depth(Ast.Node node) {
    return depths[slot(node)];
  }

  Scope scope(Ast.Node node) {
    int i = node == null ? NONE : slot(node);
    return i == NONE ? null : scopes[i];
  }

  @Override
  public String toString() {
    return "NodeTable[" + size + " nodes]";
  }
}
