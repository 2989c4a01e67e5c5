package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
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
}
