package dev.pyvet.core.semantic;

import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One binding of a name in a scope: what bound it ({@link #kind()}), the node that did
 * ({@link #source()}), and whether and where it was read.
 *
 * <p>The source is the node pyflakes reports for the binding: the {@code Name} of an assignment,
 * the {@code Import}/{@code ImportFrom} statement of an import, the {@code FunctionDef} or
 * {@code ClassDef} of a definition, the enclosing function (or lambda) of an argument, the
 * statement of an {@code __all__} assignment, the {@code Global}/{@code Nonlocal} statement of a
 * declared name, the handler of an {@code except ... as name}. Builtins have none.
 */
public final class Binding {

  /** What kind of statement or construct bound the name. */
  public enum Kind {
    /** A Python builtin (or a name configured as one). */
    BUILTIN,
    /** A function or lambda parameter. */
    ARGUMENT,
    /** A plain assignment target ({@code x = ...}, {@code x += ...}, a match capture...). */
    ASSIGNMENT,
    /** The target of an assignment expression ({@code (x := ...)}). */
    NAMED_EXPR_ASSIGNMENT,
    /** An annotation without a value ({@code x: int}): no value is bound. */
    ANNOTATION,
    /** A name bound by unpacking, a loop, a comprehension or a {@code with ... as}. */
    BINDING,
    /** A module-level {@code __all__} assignment (see {@link #exportedNames()}). */
    EXPORT,
    /** A {@code def}. */
    FUNCTION,
    /** A {@code class}. */
    CLASS,
    /** {@code import a} or {@code import a.b as c}. */
    IMPORT,
    /** {@code import a.b} (binds {@code a}). */
    SUBMODULE_IMPORT,
    /** {@code from m import a}. */
    IMPORT_FROM,
    /** {@code from __future__ import a}: always counts as used. */
    FUTURE_IMPORT,
    /** {@code from m import *}. */
    STAR_IMPORT;

    boolean isImportation() {
      return this == IMPORT || this == SUBMODULE_IMPORT || this == IMPORT_FROM
          || this == FUTURE_IMPORT || this == STAR_IMPORT;
    }

    /** A definition in pyflakes' sense: functions, classes, imports and builtins. */
    boolean isDefinition() {
      return this == BUILTIN || this == FUNCTION || this == CLASS || isImportation();
    }

    boolean isAssignment() {
      return this == ASSIGNMENT || this == NAMED_EXPR_ASSIGNMENT;
    }
  }

  private final String name;
  private final Kind kind;
  private final Ast.Node source;
  final String fullName;
  final String module;
  final String realName;
  final List<String> exportedNames;
  Scope scope;

  // pyflakes' `used`: the scope and node of the latest use, or used without a node.
  Scope usedScope;
  Ast.Node usedNode;
  boolean used;
  private List<Ast.Node> uses;
  // nodes in inner scopes that rebound this import (reported if it stays unused)
  List<Ast.Node> redefinedBy = List.of();

  Binding(String name, Kind kind, Ast.Node source) {
    this(name, kind, source, name, null, null, null);
  }

  Binding(String name, Kind kind, Ast.Node source, String fullName, String module, String realName,
      List<String> exportedNames) {
    this.name = name;
    this.kind = kind;
    this.source = source;
    this.fullName = fullName;
    this.module = module;
    this.realName = realName;
    this.exportedNames = exportedNames;
  }

  /** The bound name; for star imports {@code module.*}. */
  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  /** The node pyflakes reports for this binding (see the class comment); null for builtins. */
  public Ast.Node source() {
    return source;
  }

  /** The scope the binding was made in (null for builtins of the module scope before setup). */
  public Scope scope() {
    return scope;
  }

  /** Whether any read of the name reached this binding (or it counts as used: futures, globals). */
  public boolean isUsed() {
    return used;
  }

  /** The nodes that read the name and resolved to this binding, in traversal order. */
  public List<Ast.Node> uses() {
    return uses == null ? List.of() : Collections.unmodifiableList(uses);
  }

  /** For imports, the imported module or object as written ({@code os.path}, {@code .mod.x}). */
  public String fullName() {
    return fullName;
  }

  /** For {@code __all__} bindings, the string names it lists (else an empty list). */
  public List<String> exportedNames() {
    return exportedNames == null ? List.of() : Collections.unmodifiableList(exportedNames);
  }

  boolean isImportation() {
    return kind.isImportation();
  }

  void markUsed(Scope in, Ast.Node by) {
    used = true;
    usedScope = in;
    usedNode = by;
    if (by != null) {
      if (uses == null) {
        uses = new ArrayList<>(2);
      }
      uses.add(by);
    }
  }

  void copyUse(Binding from) {
    used = from.used;
    usedScope = from.usedScope;
    usedNode = from.usedNode;
  }

  /** pyflakes' {@code redefines}: whether binding this shadows {@code other} in a reportable way. */
  boolean redefines(Binding other) {
    return switch (kind) {
      case ANNOTATION -> false;
      case SUBMODULE_IMPORT -> other.kind.isImportation()
          ? fullName.equals(other.fullName)
          : importRedefines(other);
      case IMPORT, IMPORT_FROM, FUTURE_IMPORT, STAR_IMPORT -> importRedefines(other);
      case FUNCTION, CLASS, BUILTIN -> name.equals(other.name)
          && (other.kind.isDefinition() || other.kind.isAssignment());
      default -> other.kind.isDefinition() && name.equals(other.name);
    };
  }

  private boolean importRedefines(Binding other) {
    if (other.kind == Kind.SUBMODULE_IMPORT) {
      return fullName.equals(other.fullName);
    }
    return other.kind.isDefinition() && name.equals(other.name);
  }

  /** Whether an import needs an {@code as} clause to bind this name. */
  boolean hasAlias() {
    int dot = fullName.lastIndexOf('.');
    return !fullName.substring(dot + 1).equals(name);
  }

  /** How pyflakes names an import in its messages ({@code os.path}, {@code a.b as c}...). */
  String importDescription() {
    return switch (kind) {
      case SUBMODULE_IMPORT -> fullName;
      case IMPORT_FROM, FUTURE_IMPORT ->
          realName.equals(name) ? fullName : fullName + " as " + name;
      case STAR_IMPORT -> fullName.endsWith(".") ? "from " + fullName + " import *" : name;
      default -> hasAlias() ? fullName + " as " + name : fullName;
    };
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
