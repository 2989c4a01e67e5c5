package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.Scope;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** What the concurrency rules ask about coroutines and the functions code runs in. */
final class AsyncCode {
  private AsyncCode() {}

  /** asyncio functions that are coroutine functions: calling one only creates a coroutine. */
  static final Set<String> ASYNCIO_COROUTINES = Set.of(
      "asyncio.sleep", "asyncio.wait", "asyncio.wait_for", "asyncio.open_connection",
      "asyncio.start_server", "asyncio.open_unix_connection", "asyncio.start_unix_server",
      "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell", "asyncio.to_thread",
      "asyncio.staggered.staggered_race");

  /**
   * The function, lambda, class or module whose code {@code node} is part of; comprehensions are
   * looked through, since their code runs in the function that holds them.
   */
  static Ast.Node enclosingCode(SemanticModel model, Ast.Node node) {
    Scope scope = model.scopeOf(node);
    while (scope != null && scope.kind() == Scope.Kind.GENERATOR) {
      scope = scope.parent();
    }
    return scope == null ? null : scope.node();
  }

  /**
   * The name of the coroutine function {@code call} calls, or null when it calls something else
   * or something unknown: an undecorated async def of this file (not an async generator) named
   * directly or as a method on the first parameter, or a coroutine function of asyncio. Decorated
   * ones are left out because a decorator may turn them into plain functions.
   */
  static String coroutineCalled(SemanticModel model, Ast.Call call) {
    if (call.func() instanceof Ast.Name name) {
      Binding b = model.bindingOf(name);
      if (b != null && b.kind() == Binding.Kind.FUNCTION && b.source() instanceof Ast.AsyncFunctionDef f
          && f.decoratorList().isEmpty() && !isGenerator(f.body())) {
        return name.id();
      }
    }
    if (call.func() instanceof Ast.Attribute attr && attr.value() instanceof Ast.Name self) {
      Ast.Node code = enclosingCode(model, call);
      Ast.Arguments args = switch (code) {
        case Ast.FunctionDef f -> f.args();
        case Ast.AsyncFunctionDef f -> f.args();
        case null, default -> null;
      };
      if (args != null && self.id().equals(firstParameter(args))
          && model.parentOf(code) instanceof Ast.ClassDef cls) {
        for (Ast.StmtNode s : cls.body()) {
          if (s instanceof Ast.AsyncFunctionDef f && f.name().equals(attr.attr()) && !isGenerator(f.body())
              && f.decoratorList().isEmpty()) {
            return self.id() + "." + attr.attr();
          }
        }
      }
    }
    String q = QualifiedNames.of(model, call.func());
    return q != null && ASYNCIO_COROUTINES.contains(q) ? q : null;
  }

  static String firstParameter(Ast.Arguments args) {
    if (!args.posonlyargs().isEmpty()) {
      return args.posonlyargs().get(0).arg();
    }
    return args.args().isEmpty() ? null : args.args().get(0).arg();
  }

  /** Whether a function body yields (in its own scope, not in nested functions or classes). */
  static boolean isGenerator(List<Ast.StmtNode> body) {
    Deque<Ast.Node> stack = new ArrayDeque<>(body);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Yield || n instanceof Ast.YieldFrom) {
        return true;
      }
      if (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef || n instanceof Ast.ClassDef
          || n instanceof Ast.Lambda) {
        continue;
      }
      AstChildren.push(n, stack);
    }
    return false;
  }
}
