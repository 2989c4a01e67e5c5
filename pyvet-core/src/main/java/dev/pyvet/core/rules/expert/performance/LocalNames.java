package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.syntax.ast.Ast;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sorts the names bound in one scope into those bound to a value of one kind (a list, a string)
 * and all others, fed node by node from a {@link ScopeWalk}. A name is of the kind only when no
 * binding of it is of another kind, so callers test {@code ofKind} and {@code others} together.
 */
final class LocalNames {
  /** Names with at least one binding to a value of the kind. */
  final Set<String> ofKind = new HashSet<>();
  /** Names with at least one binding of another or an unknown kind. */
  final Set<String> others = new HashSet<>();
  private final Predicate<Ast.ExprNode> isKind;
  /** Target names already sorted through their assignment, so their Name node is skipped. */
  private final Set<Ast.Node> handled = Collections.newSetFromMap(new IdentityHashMap<>());

  LocalNames(Predicate<Ast.ExprNode> isKind) {
    this.isKind = isKind;
  }

  /** {@code target = value} (or {@code target: T = value}, value null when absent). */
  void bind(Ast.Name target, Ast.ExprNode value) {
    handled.add(target);
    (value != null && isKind.test(value) ? ofKind : others).add(target.id());
  }

  /** {@code target op= ...}: += keeps a list a list and a string a string, other ops do not. */
  void augment(Ast.Name target, Ast.OperatorKind op) {
    handled.add(target);
    if (op != Ast.OperatorKind.Add) {
      others.add(target.id());
    }
  }

  /** Marks a target as sorted by the caller, which decides itself what its binding means. */
  void skip(Ast.Name target) {
    handled.add(target);
  }

  /**
   * Sorts what needs no decision of the caller: annotated assignments, global and nonlocal
   * names, and names bound any other way (loop targets, unpacking, with, walrus, del...).
   */
  void visit(Ast.Node n) {
    switch (n) {
      case Ast.AnnAssign a -> {
        if (a.target() instanceof Ast.Name t) {
          bind(t, a.value());
        }
      }
      case Ast.Name name when name.ctx() != Ast.ExprContext.Load -> {
        if (!handled.contains(name)) {
          others.add(name.id());
        }
      }
      case Ast.Global g -> others.addAll(g.names());
      case Ast.Nonlocal g -> others.addAll(g.names());
      default -> { }
    }
  }
}
