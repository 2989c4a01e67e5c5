package dev.pyvet.core.semantic;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The semantic model of one module, with pyflakes' semantics: its scopes, the bindings made in
 * them, which binding each name read resolved to, and pyflakes' findings (about names, imports
 * and scopes, and of its string-format, statement and expression checks). Built once per file
 * ({@link #of(ParsedFile, List)}) and shared by the rules.
 */
public final class SemanticModel {
  private final Scope module;
  private final List<Scope> scopes;
  private final List<NameMessage> messages;
  private final NodeTable info;
  // reads of names the walk did not handle itself (the rest is in the node table)
  private final IdentityHashMap<Ast.Name, Binding> resolvedElsewhere;
  private final List<Binding> bindings;
  private final Map<String, List<NameMessage>> byCode = new HashMap<>();

  SemanticModel(Scope module, List<Scope> scopes, List<NameMessage> messages,
      NodeTable info,
      IdentityHashMap<Ast.Name, Binding> resolvedElsewhere, List<Binding> bindings) {
    this.module = module;
    this.scopes = scopes;
    this.messages = List.copyOf(messages);
    // every pyflakes rule asks for its code's findings: one pass here, not one per rule
    for (NameMessage m : this.messages) {
      byCode.computeIfAbsent(m.code(), k -> new ArrayList<>(2)).add(m);
    }
    this.info = info;
    this.resolvedElsewhere = resolvedElsewhere;
    this.bindings = bindings;
  }

  /** Python's builtins and the module globals every module has, each once, in a fixed order. */
  private static final List<String> DEFAULT_BUILTINS;

  static {
    LinkedHashSet<String> names = new LinkedHashSet<>(Builtins.PYTHON_313);
    names.addAll(Builtins.MAGIC_GLOBALS);
    DEFAULT_BUILTINS = List.copyOf(names);
  }

  /** The key a file's model is stored under, with the options it was built with. */
  private record Key(List<String> extraBuiltins, boolean doctests) {}

  private static final Key DEFAULT_KEY = new Key(List.of(), false);

  /** As {@link #of(ParsedFile, List, boolean)} without doctest checks. */
  public static SemanticModel of(ParsedFile file, List<String> extraBuiltins) {
    return of(file, extraBuiltins, false);
  }

  /**
   * The model of {@code file}, built on first use and then shared by every rule that asks with
   * the same {@code extraBuiltins} (pyflakes' {@code builtins} option) and {@code doctests}
   * (flake8's {@code --doctests}: the examples in docstrings are checked too).
   */
  public static SemanticModel of(ParsedFile file, List<String> extraBuiltins, boolean doctests) {
    // every pyflakes rule asks, for every file: the usual key is not rebuilt each time
    Key key = extraBuiltins.isEmpty() && !doctests ? DEFAULT_KEY
        : new Key(List.copyOf(extraBuiltins), doctests);
    return file.derived(key,
        f -> build(f.parse().module(), isInitFile(f.file().displayPath()), extraBuiltins,
            doctests,
            // a module has about half as many nodes as tokens
            f.parse().tokens().size() / 2));
  }

  /** Builds the model of {@code module}; {@code initFile} when it is a package's __init__.py. */
  public static SemanticModel build(Ast.Module module, boolean initFile, List<String> extraBuiltins) {
    return build(module, initFile, extraBuiltins, false, 1024);
  }

  /**
   * As {@link #build(Ast.Module, boolean, List)}, checking doctests when {@code doctests}, sized
   * for about {@code expectedNodes} nodes.
   */
  public static SemanticModel build(Ast.Module module, boolean initFile,
      List<String> extraBuiltins, boolean doctests, int expectedNodes) {
    java.util.Collection<String> names = DEFAULT_BUILTINS;
    if (!extraBuiltins.isEmpty()) {
      LinkedHashSet<String> more = new LinkedHashSet<>(DEFAULT_BUILTINS);
      more.addAll(extraBuiltins);
      names = more;
    }
    return new ModelBuilder(module, initFile, names, doctests, expectedNodes).build();
  }

  private static boolean isInitFile(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1).equals("__init__.py");
  }

  /** The module scope (holding the builtins too). */
  public Scope moduleScope() {
    return module;
  }

  /** Every scope, in the order the walk opened them. */
  public List<Scope> scopes() {
    return scopes;
  }

  /** Every binding made (builtins excepted), in the order they were made. */
  public List<Binding> bindings() {
    return Collections.unmodifiableList(bindings);
  }

  /** The binding a read of a name resolved to, or null (undefined, or not a read). */
  public Binding bindingOf(Ast.Name read) {
    Binding b = info.binding(read);
    return b != null || resolvedElsewhere.isEmpty() ? b : resolvedElsewhere.get(read);
  }

  /**
   * The scope that was innermost when the walk reached {@code node} (a {@code def} or
   * {@code class} statement is in the scope that holds it), or null for nodes it never visits.
   */
  public Scope scopeOf(Ast.Node node) {
    return info.scope(node);
  }

  /** The node the walk handled {@code node} under (its parent, as pyflakes records it), or null. */
  public Ast.Node parentOf(Ast.Node node) {
    return info.parent(node);
  }

  /** All findings, in the order pyflakes makes them. */
  public List<NameMessage> messages() {
    return messages;
  }

  /** The findings with {@code code}. */
  public List<NameMessage> messages(String code) {
    return byCode.getOrDefault(code, List.of());
  }
}
