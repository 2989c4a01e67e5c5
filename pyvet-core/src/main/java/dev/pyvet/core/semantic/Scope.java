package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One scope of a module: the module itself, a class body, a function or lambda, a comprehension
 * or generator expression, or the type-parameter scope Python 3.12 puts around every
 * {@code def}, {@code class} and {@code type} statement.
 */
public final class Scope {

  /**
   * The kinds of scopes, as pyflakes tells them apart. DOCTEST is the module-like scope of the
   * examples in one docstring (only with doctest checks on).
   */
  public enum Kind { MODULE, CLASS, FUNCTION, TYPE, GENERATOR, DOCTEST }

  private final Kind kind;
  private final Ast.Node node;
  private final Scope parent;
  // Insertion-ordered as Python's dict: message order follows it.
  final LinkedHashMap<String, Binding> table;
  final List<Binding> everBound = new ArrayList<>();
  boolean importStarred;
  boolean usesLocals;
  // pyflakes' FunctionScope.globals: the always-used names less those deleted; null while it is
  // Builtins.ALWAYS_USED_LOCALS unchanged (a copy per function scope cost more than the lookups)
  private Set<String> globals;
  // the global and nonlocal declarations of a function or class not yet followed by a binding;
  // null until the first declaration
  LinkedHashMap<String, Ast.Node> indirectAssignments;
  boolean futuresAllowed = true;
  boolean annotationsFutureEnabled;

  Scope(Kind kind, Ast.Node node, Scope parent) {
    this.kind = kind;
    this.node = node;
    // the module scope starts with the ~170 builtins: sized for them, not grown five times
    this.table = kind == Kind.MODULE ? new LinkedHashMap<>(512) : new LinkedHashMap<>();
    this.parent = parent;
  }

  /** Whether {@code name} is in a function scope's globals (pyflakes' {@code scope.globals}). */
  boolean isGlobal(String name) {
    return (globals != null ? globals : Builtins.ALWAYS_USED_LOCALS).contains(name);
  }

  /** Takes {@code name} out of a function scope's globals (a {@code del} of it). */
  void removeGlobal(String name) {
    if (globals == null) {
      globals = new HashSet<>(Builtins.ALWAYS_USED_LOCALS);
    }
    globals.remove(name);
  }

  /** Records a global or nonlocal declaration in a function or class scope. */
  void declareIndirect(String name, Ast.Node declaration) {
    if (kind != Kind.FUNCTION && kind != Kind.CLASS) {
      return;
    }
    if (indirectAssignments == null) {
      indirectAssignments = new LinkedHashMap<>();
    }
    indirectAssignments.put(name, declaration);
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The node that opened the scope: the module, the {@code def}/{@code lambda}, the
   * {@code class}, the comprehension, or for a type-parameter scope the statement it belongs to.
   */
  public Ast.Node node() {
    return node;
  }

  /** The scope that was innermost when this one opened (null for the module). */
  public Scope parent() {
    return parent;
  }

  /** The binding the name has at the end of the scope, or null. */
  public Binding lookup(String name) {
    // many scopes (most type-parameter scopes) stay empty: no hashing for them
    return table.isEmpty() ? null : table.get(name);
  }

  /** The bindings alive when the scope ended, by name, in the order they were first bound. */
  public Map<String, Binding> bindings() {
    return Collections.unmodifiableMap(table);
  }

  /** Every binding made in this scope, including those later replaced or deleted. */
  public List<Binding> allBindings() {
    return Collections.unmodifiableList(everBound);
  }

  /** Whether a {@code from m import *} happened here. */
  public boolean hasStarImport() {
    return importStarred;
  }

  /** Whether a function scope calls {@code locals()} (every local then counts as used). */
  public boolean usesLocals() {
    return usesLocals;
  }

  /** The module, or a docstring's examples (which pyflakes checks as a module of their own). */
  boolean isModuleLike() {
    return kind == Kind.MODULE || kind == Kind.DOCTEST;
  }

  boolean contains(String name) {
    return !table.isEmpty() && table.containsKey(name);
  }

  @Override
  public String toString() {
    return kind + " scope " + table.keySet();
  }
}
