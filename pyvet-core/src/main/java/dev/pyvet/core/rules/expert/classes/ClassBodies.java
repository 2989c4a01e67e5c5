package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Small questions the class rules ask about class bodies and the methods in them. */
final class ClassBodies {
  private ClassBodies() {}

  /**
   * Passes every node of {@code body} that runs in the body's own scope: nested functions,
   * lambdas and classes are not entered (their decorators and defaults are, since they run here).
   * Iterative, so deeply nested code cannot exhaust the stack.
   */
  static void forEachOwnNode(List<? extends Ast.Node> body, Consumer<Ast.Node> action) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    for (int i = body.size() - 1; i >= 0; i--) {
      stack.push(body.get(i));
    }
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      action.accept(n);
      switch (n) {
        case Ast.FunctionDef f -> {
          pushAll(f.decoratorList(), stack);
          AstChildren.push(f.args(), stack);
        }
        case Ast.AsyncFunctionDef f -> {
          pushAll(f.decoratorList(), stack);
          AstChildren.push(f.args(), stack);
        }
        case Ast.ClassDef c -> {
          pushAll(c.decoratorList(), stack);
          pushAll(c.bases(), stack);
          pushAll(c.keywords(), stack);
        }
        case Ast.Lambda l -> AstChildren.push(l.args(), stack);
        default -> AstChildren.push(n, stack);
      }
    }
  }

  private static void pushAll(List<? extends Ast.Node> nodes, Deque<Ast.Node> stack) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      stack.push(nodes.get(i));
    }
  }

  /** The own nodes of {@code body} (see {@link #forEachOwnNode}). */
  static List<Ast.Node> ownNodes(List<? extends Ast.Node> body) {
    List<Ast.Node> out = new ArrayList<>();
    forEachOwnNode(body, out::add);
    return out;
  }

  /** The first positional parameter's name, or null. */
  static String firstParameter(Ast.Arguments args) {
    if (!args.posonlyargs().isEmpty()) {
      return args.posonlyargs().get(0).arg();
    }
    if (!args.args().isEmpty()) {
      return args.args().get(0).arg();
    }
    return null;
  }

  /** The name a method statement defines, or null when {@code stmt} is not a def. */
  static String defName(Ast.StmtNode stmt) {
    return switch (stmt) {
      case Ast.FunctionDef f -> f.name();
      case Ast.AsyncFunctionDef f -> f.name();
      default -> null;
    };
  }

  /** The last def statement of the class body named {@code name} (the one that wins), or null. */
  static Ast.StmtNode lastDefNamed(Ast.ClassDef cls, String name) {
    Ast.StmtNode found = null;
    for (Ast.StmtNode s : cls.body()) {
      if (name.equals(defName(s))) {
        found = s;
      }
    }
    return found;
  }

  /** What a rule does with one {@code name = call(...)} statement of a class body. */
  interface CallAssignmentAction {
    /**
     * @param methodsBefore names of the plain defs above the statement in the class body: only
     *     they can be what the call wraps, since the call runs when the body reaches it
     */
    void accept(Ast.Assign assign, Ast.Name target, Ast.Call call, Set<String> methodsBefore);
  }

  /** Passes every statement of the class body that assigns a call to one plain name, in order. */
  static void forEachCallAssignment(Ast.ClassDef cls, CallAssignmentAction action) {
    Set<String> methods = new HashSet<>();
    for (Ast.StmtNode s : cls.body()) {
      if (s instanceof Ast.FunctionDef f) {
        methods.add(f.name());
      }
      if (s instanceof Ast.Assign a && a.targets().size() == 1
          && a.targets().get(0) instanceof Ast.Name target && a.value() instanceof Ast.Call call) {
        action.accept(a, target, call, methods);
      }
    }
  }

  /** A context manager's exit method: {@code def __exit__} or {@code async def __aexit__}. */
  record ExitMethod(String name, Ast.Arguments args, List<Ast.StmtNode> body) {}

  /**
   * The exit methods of the class body, in order. An {@code async def __exit__} or a plain
   * {@code def __aexit__} is not one: the with statements never call it that way.
   */
  static List<ExitMethod> exitMethods(Ast.ClassDef cls) {
    List<ExitMethod> out = new ArrayList<>();
    for (Ast.StmtNode s : cls.body()) {
      switch (s) {
        case Ast.FunctionDef f when f.name().equals("__exit__") ->
            out.add(new ExitMethod(f.name(), f.args(), f.body()));
        case Ast.AsyncFunctionDef f when f.name().equals("__aexit__") ->
            out.add(new ExitMethod(f.name(), f.args(), f.body()));
        default -> { }
      }
    }
    return out;
  }

  /** Whether the class body binds {@code name}: a def, a class, or an assignment target. */
  static boolean bodyBinds(Ast.ClassDef cls, String name) {
    for (Ast.StmtNode s : cls.body()) {
      if (name.equals(defName(s))) {
        return true;
      }
      if (s instanceof Ast.ClassDef c && c.name().equals(name)) {
        return true;
      }
      if (s instanceof Ast.Assign a) {
        for (Ast.ExprNode t : a.targets()) {
          if (t instanceof Ast.Name n && n.id().equals(name)) {
            return true;
          }
        }
      }
      if (s instanceof Ast.AnnAssign a && a.target() instanceof Ast.Name n && n.id().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is a constant that is always true (True, a non-zero number, a non-empty string). */
  static boolean isTruthyConstant(Ast.ExprNode e) {
    if (!(e instanceof Ast.Constant c)) {
      return false;
    }
    return switch (c.value()) {
      case ConstantValue.Bool b -> b.value();
      case ConstantValue.Int i -> i.value().signum() != 0;
      case ConstantValue.Float f -> f.value() != 0.0;
      case ConstantValue.Str s -> !s.value().isEmpty();
      default -> false;
    };
  }

  /** Whether {@code call} is a call of the plain name {@code super}. */
  static boolean isSuperCall(Ast.Node n) {
    return n instanceof Ast.Call c && c.func() instanceof Ast.Name name && name.id().equals("super");
  }

  /** The dotted source text of a name or an attribute chain on one ({@code abc.ABCMeta}), or null. */
  static String dotted(Ast.ExprNode e) {
    StringBuilder out = new StringBuilder();
    while (e instanceof Ast.Attribute a) {
      out.insert(0, "." + a.attr());
      e = a.value();
    }
    return e instanceof Ast.Name n ? n.id() + out : null;
  }
}
