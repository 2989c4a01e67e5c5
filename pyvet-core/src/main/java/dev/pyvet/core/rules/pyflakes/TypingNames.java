package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a file imports from {@code typing} or {@code typing_extensions}, to tell, as pyflakes
 * does, which subscripts and calls hold annotations. pyflakes resolves the name at the point of
 * use; this looks at every import in the file regardless of scope or order, which differs only
 * where a typing name is shadowed or used before it is imported.
 */
final class TypingNames {
  private static final Set<String> MODULES = Set.of("typing", "typing_extensions");

  /** Local name to the typing member it was imported as ({@code from typing import X as N}). */
  private final Map<String, String> members = new HashMap<>();
  /** Local names of the typing modules themselves ({@code import typing as t}). */
  private final Set<String> modules = new HashSet<>();

  private TypingNames() {}

  static TypingNames of(Ast.Module module) {
    TypingNames names = new TypingNames();
    Deque<Ast.Node> todo = new ArrayDeque<>();
    todo.push(module);
    List<Ast.Node> children = new ArrayList<>();
    while (!todo.isEmpty()) {
      Ast.Node node = todo.pop();
      switch (node) {
        case Ast.Import i -> {
          for (Ast.Alias a : i.names()) {
            if (MODULES.contains(a.name())) {
              names.modules.add(a.asname() != null ? a.asname() : a.name());
            }
          }
        }
        case Ast.ImportFrom i when i.level() == 0 && MODULES.contains(i.module()) -> {
          for (Ast.Alias a : i.names()) {
            names.members.put(a.asname() != null ? a.asname() : a.name(), a.name());
          }
        }
        default -> {
          // Imports are statements: expressions hold none.
          if (!(node instanceof Ast.ExprNode)) {
            children.clear();
            node.forEachField((name, value) -> {
              if (value instanceof Ast.Node n) {
                children.add(n);
              } else if (value instanceof List<?> list) {
                for (Object o : list) {
                  if (o instanceof Ast.Node n) {
                    children.add(n);
                  }
                }
              }
            });
            children.forEach(todo::push);
          }
        }
      }
    }
    return names;
  }

  /** Whether {@code node} names the typing member {@code member}. */
  boolean is(Ast.ExprNode node, String member) {
    return switch (node) {
      case Ast.Name n -> member.equals(members.get(n.id()));
      case Ast.Attribute a -> a.value() instanceof Ast.Name m && modules.contains(m.id())
          && a.attr().equals(member);
      case null, default -> false;
    };
  }

  /** Whether {@code node} names any member of a typing module. */
  boolean isAnyMember(Ast.ExprNode node) {
    return switch (node) {
      case Ast.Name n -> members.containsKey(n.id());
      case Ast.Attribute a -> a.value() instanceof Ast.Name m && modules.contains(m.id());
      case null, default -> false;
    };
  }
}
