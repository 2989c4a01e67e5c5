package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Walks the code that runs in one scope (a module or function body, not nested functions,
 * lambdas or classes), telling for each node whether it runs repeatedly: inside the body of a
 * for or while loop, or in a comprehension past its first iterable. Iterative.
 */
final class ScopeWalk {
  private ScopeWalk() {}

  interface Visitor {
    void visit(Ast.Node node, boolean inLoop);
  }

  /** The body of a scope node (Module, FunctionDef, AsyncFunctionDef), or null. */
  static List<Ast.StmtNode> bodyOf(Ast.Node scope) {
    return switch (scope) {
      case Ast.Module m -> m.body();
      case Ast.FunctionDef f -> f.body();
      case Ast.AsyncFunctionDef f -> f.body();
      default -> null;
    };
  }

  static void walk(List<Ast.StmtNode> body, Visitor visitor) {
    record Item(Ast.Node node, boolean inLoop) {}
    Deque<Item> stack = new ArrayDeque<>();
    for (int i = body.size() - 1; i >= 0; i--) {
      stack.push(new Item(body.get(i), false));
    }
    while (!stack.isEmpty()) {
      Item item = stack.pop();
      Ast.Node n = item.node();
      boolean loop = item.inLoop();
      visitor.visit(n, loop);
      if (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef
          || n instanceof Ast.Lambda || n instanceof Ast.ClassDef) {
        continue;
      }
      List<Item> children = new ArrayList<>();
      switch (n) {
        case Ast.For f -> {
          children.add(new Item(f.target(), loop));
          children.add(new Item(f.iter(), loop));
          f.body().forEach(s -> children.add(new Item(s, true)));
          f.orelse().forEach(s -> children.add(new Item(s, loop)));
        }
        case Ast.AsyncFor f -> {
          children.add(new Item(f.target(), loop));
          children.add(new Item(f.iter(), loop));
          f.body().forEach(s -> children.add(new Item(s, true)));
          f.orelse().forEach(s -> children.add(new Item(s, loop)));
        }
        case Ast.While w -> {
          children.add(new Item(w.test(), true));
          w.body().forEach(s -> children.add(new Item(s, true)));
          w.orelse().forEach(s -> children.add(new Item(s, loop)));
        }
        default -> {
          List<Ast.Comprehension> gens = generatorsOf(n);
          List<Ast.Node> plain = new ArrayList<>();
          AstChildren.addTo(n, plain);
          for (Ast.Node c : plain) {
            if (gens != null && !gens.isEmpty() && c == gens.get(0)) {
              // the first iterable is evaluated once, the rest once per item
              Ast.Comprehension first = gens.get(0);
              children.add(new Item(first.target(), true));
              children.add(new Item(first.iter(), loop));
              first.ifs().forEach(e -> children.add(new Item(e, true)));
            } else {
              children.add(new Item(c, loop || gens != null));
            }
          }
        }
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
  }

  /** The generators of a comprehension node, or null for other nodes. */
  private static List<Ast.Comprehension> generatorsOf(Ast.Node n) {
    return switch (n) {
      case Ast.ListComp c -> c.generators();
      case Ast.SetComp c -> c.generators();
      case Ast.DictComp c -> c.generators();
      case Ast.GeneratorExp c -> c.generators();
      default -> null;
    };
  }

  static int column(ParsedFile file, Ast.Located node) {
    return AstRule.charColumn(file, node.lineno(), node.colOffset());
  }
}
