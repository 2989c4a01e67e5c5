/**
 * The semantic model of one module, with pyflakes' semantics: what each name refers to.
 *
 * <p>{@link dev.pyvet.core.semantic.SemanticModel#of SemanticModel.of(file, builtins)} builds the
 * model once per file (it is stored with {@code ParsedFile.derived}) and gives:
 *
 * <ul>
 *   <li>{@link dev.pyvet.core.semantic.Scope scopes}: the module, classes, functions and lambdas,
 *       comprehensions, and the type-parameter scope Python 3.12 puts around every {@code def},
 *       {@code class} and {@code type} statement; each holds its
 *       {@link dev.pyvet.core.semantic.Binding bindings} by name;
 *   <li>for a name read, {@link dev.pyvet.core.semantic.SemanticModel#bindingOf the binding it
 *       resolved to}; for a binding, its {@link dev.pyvet.core.semantic.Binding#kind kind}, the
 *       {@link dev.pyvet.core.semantic.Binding#source node that bound it}, whether it is
 *       {@link dev.pyvet.core.semantic.Binding#isUsed used} and
 *       {@link dev.pyvet.core.semantic.Binding#uses where};
 *   <li>for any node the walk visits, {@link dev.pyvet.core.semantic.SemanticModel#scopeOf the
 *       scope it is in};
 *   <li>pyflakes' findings ({@link dev.pyvet.core.semantic.SemanticModel#messages(String) by
 *       code}): about names, imports and scopes (F4xx, F72x, F8xx), and those of its checks of
 *       string formats (F5xx, analysed by {@code rules.pyflakes.format}) and of single statements
 *       and expressions (F6xx, F7xx, F901), all made by the one walk, where pyflakes makes them:
 *       many depend on the walk's state (the scope, the enclosing loop, the binding of
 *       {@code print}, being inside an f-string) or on which nodes it visits (string annotations
 *       are parsed and visited, a misplaced {@code return}'s value is not).
 * </ul>
 *
 * <p>The model is built by one walk that follows pyflakes' checker step by step (module first,
 * then function bodies and postponed annotations in the order they were met), because pyflakes'
 * answers depend on that order: a function may read a global bound below it, a rebinding is a
 * redefinition only if nothing read the first binding before. The walk keeps its own work stack,
 * so deep trees need no deep call stack. docs/semantic-model.md describes the concepts.
 */
package dev.pyvet.core.semantic;
