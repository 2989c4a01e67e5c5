package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The parts of a tree pyflakes 3.4 never walks, so reports nothing in: the value of a
 * {@code return}, {@code yield}, {@code yield from} or {@code await} whose scope is the module or
 * a class body (pyflakes reports the statement as misplaced and stops there), and the default of
 * a type parameter ({@code [T = ...]}, which its handlers do not visit).
 *
 * <p>The first set comes from one walk of the module- and class-level code (function bodies,
 * lambdas, comprehensions, annotations and class bases are other scopes to pyflakes and are not
 * entered), made when a rule first asks. Type parameter defaults are added as the engine's walk
 * reaches the parameters, before the nodes inside them.
 */
final class PyflakesReach {
  private PyflakesReach() {}

  /** Whether pyflakes never visits {@code node}. */
  static boolean isUnvisited(Ast.Node node, ParsedFile file) {
    return unvisited(file).contains(node);
  }

  /** Records the default of a type parameter the walk has reached, if it has one. */
  static void noteTypeParam(Ast.Node param, ParsedFile file) {
    Ast.ExprNode defaultValue = switch (param) {
      case Ast.TypeVar t -> t.defaultValue();
      case Ast.ParamSpec p -> p.defaultValue();
      case Ast.TypeVarTuple t -> t.defaultValue();
      default -> null;
    };
    if (defaultValue != null) {
      Set<Ast.Node> unvisited = unvisited(file);
      if (!unvisited.contains(defaultValue)) {
        addSubtree(defaultValue, unvisited);
      }
    }
  }

  private static Set<Ast.Node> unvisited(ParsedFile file) {
    return file.derived(PyflakesReach.class, f -> outsideFunctions(f.parse().module()));
  }

  private static Set<Ast.Node> outsideFunctions(Ast.Module module) {
    Set<Ast.Node> unvisited = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Ast.Node> stack = new ArrayDeque<>(module.body());
    while (!stack.isEmpty()) {
      Ast.Node node = stack.pop();
      switch (node) {
        case Ast.Return r -> addSubtree(r.value(), unvisited);
        case Ast.Yield y -> addSubtree(y.value(), unvisited);
        case Ast.YieldFrom y -> addSubtree(y.value(), unvisited);
        case Ast.Await a -> addSubtree(a.value(), unvisited);
        // arguments and annotations are in a type-parameter scope, the body in the function's
        case Ast.FunctionDef f -> pushAll(f.decoratorList(), stack);
        case Ast.AsyncFunctionDef f -> pushAll(f.decoratorList(), stack);
        case Ast.ClassDef c -> {
          pushAll(c.decoratorList(), stack);
          pushAll(c.body(), stack);
        }
        case Ast.Lambda l -> {
          pushAll(l.args().defaults(), stack);
          pushAll(l.args().kwDefaults(), stack);
        }
        case Ast.ListComp c -> { }
        case Ast.SetComp c -> { }
        case Ast.DictComp c -> { }
        case Ast.GeneratorExp c -> { }
        case Ast.TypeAlias t -> { }
        default -> AstChildren.push(node, stack);
      }
    }
    return unvisited;
  }

  private static void addSubtree(Ast.Node root, Set<Ast.Node> into) {
    if (root == null) {
      return;
    }
    Deque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Ast.Node node = stack.pop();
      into.add(node);
      AstChildren.push(node, stack);
    }
  }

  private static void pushAll(List<? extends Ast.Node> nodes, Deque<Ast.Node> stack) {
    for (Ast.Node n : nodes) {
      if (n != null) {
        stack.push(n);
      }
    }
  }
}
