package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * The local names that imports of {@code typing} or {@code typing_extensions} bind anywhere in a
 * file ({@code import typing as t}, {@code from typing import cast}): the only names whose
 * bindings decide whether pyflakes reads a subscript or a call as holding annotations, so the
 * only ones the statement walk needs to follow.
 */
final class TypingNames {
  static final Set<String> MODULES = Set.of("typing", "typing_extensions");

  private TypingNames() {}

  /** The names; a new, modifiable set. */
  static Set<String> localNames(Ast.Module module) {
    Set<String> names = new HashSet<>();
    Deque<Ast.Node> todo = new ArrayDeque<>();
    todo.push(module);
    while (!todo.isEmpty()) {
      Ast.Node node = todo.pop();
      switch (node) {
        case Ast.Import i -> {
          for (Ast.Alias a : i.names()) {
            if (MODULES.contains(a.name())) {
              names.add(a.asname() != null ? a.asname() : a.name());
            }
          }
        }
        case Ast.ImportFrom i when i.level() == 0 && MODULES.contains(i.module()) -> {
          for (Ast.Alias a : i.names()) {
            names.add(a.asname() != null ? a.asname() : a.name());
          }
        }
        // Imports are statements: expressions hold none.
        case Ast.ExprNode e -> { }
        default -> AstChildren.push(node, todo);
      }
    }
    return names;
  }
}
