package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Small tree helpers shared by this group's rules. */
final class Syntax {
  private Syntax() {}

  /**
   * Passes every node under {@code roots} that runs in the same scope: nested functions, lambdas
   * and classes are passed themselves but not entered. Iterative, for deeply nested code.
   */
  static void forEachInScope(List<? extends Ast.Node> roots, Consumer<Ast.Node> action) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(roots.get(i));
    }
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      action.accept(n);
      if (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef
          || n instanceof Ast.Lambda || n instanceof Ast.ClassDef) {
        continue;
      }
      Deque<Ast.Node> children = new ArrayDeque<>();
      AstChildren.addTo(n, children);
      while (!children.isEmpty()) {
        stack.push(children.removeLast());
      }
    }
  }

  /** The function's name, parameters, body and decorators, for both kinds of {@code def}. */
  record Def(String name, Ast.Arguments args, List<Ast.StmtNode> body,
      List<Ast.ExprNode> decorators, Ast.StmtNode node) {
    static Def of(Ast.Node node) {
      return switch (node) {
        case Ast.FunctionDef f -> new Def(f.name(), f.args(), f.body(), f.decoratorList(), f);
        case Ast.AsyncFunctionDef f -> new Def(f.name(), f.args(), f.body(), f.decoratorList(), f);
        default -> null;
      };
    }
  }

  /** The source text of a located node, or null when it spans lines or is longer than max. */
  static String text(ParsedFile file, Ast.Located node, int max) {
    if (node.lineno() != node.endLineno()) {
      return null;
    }
    int start = file.source().lines().lineStart(node.lineno());
    int from = AstRule.charColumn(file, node.lineno(), node.colOffset());
    int to = AstRule.charColumn(file, node.lineno(), node.endColOffset());
    if (to - from > max) {
      return null;
    }
    return file.source().text().substring(start + from, start + to);
  }

  /** The char column of a located node's start. */
  static int column(ParsedFile file, Ast.Located node) {
    return AstRule.charColumn(file, node.lineno(), node.colOffset());
  }

  /** The callee of a decorator: {@code @d} and {@code @d(...)} both give {@code d}. */
  static Ast.ExprNode decoratorCallee(Ast.ExprNode decorator) {
    return decorator instanceof Ast.Call c ? c.func() : decorator;
  }

  /** Whether a break in {@code body} leaves this loop (breaks of inner loops do not). */
  static boolean breaksOut(List<Ast.StmtNode> body) {
    Deque<Ast.Node> stack = new ArrayDeque<>(body);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      switch (n) {
        case Ast.Break b -> {
          return true;
        }
        // an inner loop's body owns its breaks, but its else clause still belongs to us
        case Ast.For f -> stack.addAll(f.orelse());
        case Ast.AsyncFor f -> stack.addAll(f.orelse());
        case Ast.While w -> stack.addAll(w.orelse());
        case Ast.FunctionDef f -> { }
        case Ast.AsyncFunctionDef f -> { }
        case Ast.ClassDef c -> { }
        case Ast.ExceptHandler h -> stack.addAll(h.body());
        case Ast.MatchCase m -> stack.addAll(m.body());
        case Ast.StmtNode s -> AstChildren.forEachNodeIn(statementsOf(s), stack::push);
        default -> { }
      }
    }
    return false;
  }

  /** The statements nested in a compound statement (if, with, try, match). */
  private static List<Ast.Node> statementsOf(Ast.StmtNode s) {
    List<Ast.Node> out = new ArrayList<>();
    s.forEachField((name, value) -> AstChildren.forEachNodeIn(value, n -> {
      if (n instanceof Ast.StmtNode || n instanceof Ast.ExceptHandler
          || n instanceof Ast.MatchCase) {
        out.add(n);
      }
    }));
    return out;
  }
}
