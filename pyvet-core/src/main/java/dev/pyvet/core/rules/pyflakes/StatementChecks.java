package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pyflakes' statement and expression checks (F601 to F901), found in one walk of a file shared
 * by their rules. The walk follows pyflakes' own traversal where it matters: the scope each node
 * is handled in (module, class, function, comprehension, or the annotation scope Python 3.12+
 * opens for every function's and class's signature), the subtrees pyflakes never enters (the
 * value of a {@code return} or {@code yield} it reports, type parameters' defaults), and the
 * loop a {@code break} belongs to. It is iterative: deep trees must not overflow the stack.
 */
final class StatementChecks {
  private StatementChecks() {}

  /** One finding: a 1-based row, a 0-based char column and pyflakes' message. */
  record Hit(int row, int col, String message) {}

  /** The scopes pyflakes tells apart here. */
  private enum Scope {
    MODULE, CLASS, FUNCTION, COMPREHENSION, ANNOTATION;

    /** Whether {@code return}, {@code yield} and {@code await} are reported in this scope. */
    boolean outsideFunction() {
      return this == MODULE || this == CLASS;
    }
  }

  /**
   * A node still to handle, with its scope, whether a {@code break} there is inside a loop, and
   * its nearest ancestor that is not a tuple, list, set, starred, attribute, subscript or name
   * (the parent pyflakes looks at for {@code print >>}).
   */
  private record Frame(Ast.Node node, Scope scope, boolean inLoop, Ast.Node parent) {}

  private static final Object KEY = new Object();

  /** The findings of {@code file} by code, computed once per file. */
  static Map<String, List<Hit>> of(ParsedFile file) {
    return file.derived(KEY, StatementChecks::compute);
  }

  private static Map<String, List<Hit>> compute(ParsedFile file) {
    Walk walk = new Walk(file);
    walk.run();
    return walk.hits;
  }

  private static final class Walk {
    private final ParsedFile file;
    private final Map<String, List<Hit>> hits = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    /** Loads of {@code print} under {@code >>}, reported only if nothing in the file binds print. */
    private final List<Ast.Name> printShifts = new ArrayList<>();
    private boolean printBound;

    Walk(ParsedFile file) {
      this.file = file;
    }

    void run() {
      stack.push(new Frame(file.parse().module(), Scope.MODULE, false, null));
      while (!stack.isEmpty()) {
        handle(stack.pop());
      }
      if (!printBound) {
        for (Ast.Name print : printShifts) {
          report("F633", print, "use of >> is invalid with print function");
        }
      }
    }

    private void handle(Frame f) {
      Ast.Node node = f.node();
      check(f);
      // Children are pushed in reverse so that they are handled in order.
      List<Frame> children = new ArrayList<>();
      Ast.Node parent = transparent(node) ? f.parent() : node;
      Scope scope = f.scope();
      boolean inLoop = f.inLoop();
      switch (node) {
        case Ast.FunctionDef d -> {
          add(children, d.decoratorList(), scope, inLoop, parent);
          add(children, d.typeParams(), Scope.ANNOTATION, inLoop, parent);
          add(children, d.args(), Scope.ANNOTATION, inLoop, parent);
          add(children, d.returns(), Scope.ANNOTATION, inLoop, parent);
          add(children, d.body(), Scope.FUNCTION, false, parent);
        }
        case Ast.AsyncFunctionDef d -> {
          add(children, d.decoratorList(), scope, inLoop, parent);
          add(children, d.typeParams(), Scope.ANNOTATION, inLoop, parent);
          add(children, d.args(), Scope.ANNOTATION, inLoop, parent);
          add(children, d.returns(), Scope.ANNOTATION, inLoop, parent);
          // pyflakes stops looking for a loop at def and class, but not at async def.
          add(children, d.body(), Scope.FUNCTION, inLoop, parent);
        }
        case Ast.Lambda l -> {
          add(children, l.args(), scope, inLoop, parent);
          add(children, l.body(), Scope.FUNCTION, inLoop, parent);
        }
        case Ast.ClassDef c -> {
          add(children, c.decoratorList(), scope, inLoop, parent);
          add(children, c.typeParams(), Scope.ANNOTATION, inLoop, parent);
          add(children, c.bases(), Scope.ANNOTATION, inLoop, parent);
          add(children, c.keywords(), Scope.ANNOTATION, inLoop, parent);
          add(children, c.body(), Scope.CLASS, false, parent);
        }
        case Ast.ListComp c -> addFields(children, c, Scope.COMPREHENSION, inLoop, parent);
        case Ast.SetComp c -> addFields(children, c, Scope.COMPREHENSION, inLoop, parent);
        case Ast.DictComp c -> addFields(children, c, Scope.COMPREHENSION, inLoop, parent);
        case Ast.GeneratorExp c -> addFields(children, c, Scope.COMPREHENSION, inLoop, parent);
        case Ast.TypeAlias t -> {
          add(children, t.name(), scope, inLoop, parent);
          add(children, t.typeParams(), Scope.ANNOTATION, inLoop, parent);
          add(children, t.value(), Scope.ANNOTATION, inLoop, parent);
        }
        // pyflakes never looks at type parameters' defaults.
        case Ast.TypeVar t -> add(children, t.bound(), scope, inLoop, parent);
        case Ast.ParamSpec p -> { }
        case Ast.TypeVarTuple t -> { }
        case Ast.For l -> {
          add(children, l.target(), scope, inLoop, parent);
          add(children, l.iter(), scope, inLoop, parent);
          add(children, l.body(), scope, true, parent);
          add(children, l.orelse(), scope, inLoop, parent);
        }
        case Ast.AsyncFor l -> {
          add(children, l.target(), scope, inLoop, parent);
          add(children, l.iter(), scope, inLoop, parent);
          add(children, l.body(), scope, true, parent);
          add(children, l.orelse(), scope, inLoop, parent);
        }
        case Ast.While l -> {
          add(children, l.test(), scope, inLoop, parent);
          add(children, l.body(), scope, true, parent);
          add(children, l.orelse(), scope, inLoop, parent);
        }
        // pyflakes reports these outside a function and does not look at their value.
        case Ast.Return r when scope.outsideFunction() -> { }
        case Ast.Yield y when scope.outsideFunction() -> { }
        case Ast.YieldFrom y when scope.outsideFunction() -> { }
        case Ast.Await a when scope.outsideFunction() -> { }
        default -> addFields(children, node, scope, inLoop, parent);
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }

    private void check(Frame f) {
      switch (f.node()) {
        case Ast.Dict d -> repeatedKeys(d);
        case Ast.Tuple t when t.ctx() == Ast.ExprContext.Store -> starred(t, t.elts());
        case Ast.List l when l.ctx() == Ast.ExprContext.Store -> starred(l, l.elts());
        case Ast.Assert a when nonEmptyTuple(a.test()) ->
            report("F631", a, "assertion is always true, perhaps remove parentheses?");
        case Ast.If i when nonEmptyTuple(i.test()) -> ifTuple(i);
        case Ast.IfExp i when nonEmptyTuple(i.test()) -> ifTuple(i);
        case Ast.Compare c -> isLiteral(c);
        case Ast.Name n -> {
          if (n.id().equals("print")) {
            if (n.ctx() != Ast.ExprContext.Load) {
              printBound = true;
            } else if (f.parent() instanceof Ast.BinOp b && b.op() == Ast.OperatorKind.RShift) {
              printShifts.add(n);
            }
          }
        }
        case Ast.Break b when !f.inLoop() -> report("F701", b, "'break' outside loop");
        case Ast.Continue c when !f.inLoop() -> report("F702", c, "'continue' not properly in loop");
        case Ast.Return r when f.scope().outsideFunction() ->
            report("F706", r, "'return' outside function");
        case Ast.Yield y when f.scope().outsideFunction() -> yieldOutside(y);
        case Ast.YieldFrom y when f.scope().outsideFunction() -> yieldOutside(y);
        case Ast.Await a when f.scope().outsideFunction() -> yieldOutside(a);
        case Ast.Try t -> defaultExceptNotLast(t.handlers());
        case Ast.TryStar t -> defaultExceptNotLast(t.handlers());
        case Ast.Raise r -> raiseNotImplemented(r);
        default -> bindsPrint(f.node());
      }
    }

    /** F601 and F602: pyflakes' comparison of keys and of the values they map to. */
    private void repeatedKeys(Ast.Dict d) {
      List<Ast.ExprNode> keyNodes = d.keys();
      if (keyNodes.size() < 2) {
        return;
      }
      Map<DictKey, List<Integer>> byKey = new LinkedHashMap<>();
      for (int i = 0; i < keyNodes.size(); i++) {
        byKey.computeIfAbsent(DictKey.of(keyNodes.get(i)), k -> new ArrayList<>()).add(i);
      }
      for (var group : byKey.entrySet()) {
        List<Integer> indices = group.getValue();
        if (indices.size() < 2) {
          continue;
        }
        Map<DictKey, Integer> valueCounts = new HashMap<>();
        for (int i : indices) {
          valueCounts.merge(DictKey.of(d.values().get(i)), 1, Integer::sum);
        }
        if (!valueCounts.containsValue(1)) {
          continue;
        }
        // Every occurrence is named after the first one: pyflakes counts keys in a Counter.
        String message = group.getKey() instanceof DictKey.Variable v
            ? "dictionary key variable " + v.name() + " repeated with different values"
            : "dictionary key " + DictKey.repr(keyNodes.get(indices.get(0)))
                + " repeated with different values";
        String code = group.getKey() instanceof DictKey.Variable ? "F602" : "F601";
        for (int i : indices) {
          report(code, (Ast.Located) keyNodes.get(i), message);
        }
      }
    }

    /** F621 and F622 on an assignment target: too many names before a star, or two stars. */
    private void starred(Ast.Located target, List<Ast.ExprNode> elts) {
      int star = -1;
      for (int i = 0; i < elts.size(); i++) {
        if (elts.get(i) instanceof Ast.Starred) {
          if (star >= 0) {
            report("F622", target, "two starred expressions in assignment");
            break;
          }
          star = i;
        }
      }
      if (star >= 1 << 8 || elts.size() - star - 1 >= 1 << 24) {
        report("F621", target, "too many expressions in star-unpacking assignment");
      }
    }

    private static boolean nonEmptyTuple(Ast.ExprNode test) {
      return test instanceof Ast.Tuple t && !t.elts().isEmpty();
    }

    private void ifTuple(Ast.Located node) {
      report("F634", node, "'if tuple literal' is always true, perhaps remove accidental comma?");
    }

    /** F632: once per {@code is}/{@code is not} of a chain that has a literal on either side. */
    private void isLiteral(Ast.Compare c) {
      Ast.ExprNode left = c.left();
      for (int i = 0; i < c.ops().size(); i++) {
        Ast.ExprNode right = c.comparators().get(i);
        Ast.CmpOpKind op = c.ops().get(i);
        if ((op == Ast.CmpOpKind.Is || op == Ast.CmpOpKind.IsNot)
            && (literalNonSingleton(left) || literalNonSingleton(right))) {
          report("F632", c, "use ==/!= to compare constant literals (str, bytes, int, float, tuple)");
        }
        left = right;
      }
    }

    /** A constant other than True, False, None and {@code ...}, or a tuple of constants. */
    private static boolean literalNonSingleton(Ast.ExprNode node) {
      return switch (node) {
        case Ast.Constant c -> !(c.value() instanceof dev.pyvet.syntax.ast.ConstantValue.Bool
            || c.value() instanceof dev.pyvet.syntax.ast.ConstantValue.None
            || c.value() instanceof dev.pyvet.syntax.ast.ConstantValue.Ellipsis);
        case Ast.Tuple t -> constantTuple(t);
        default -> false;
      };
    }

    /** pyflakes' "tuple of constants", nested tuples included; iterative for deep nesting. */
    private static boolean constantTuple(Ast.Tuple tuple) {
      Deque<Ast.Tuple> todo = new ArrayDeque<>();
      todo.push(tuple);
      while (!todo.isEmpty()) {
        for (Ast.ExprNode e : todo.pop().elts()) {
          if (e instanceof Ast.Tuple t) {
            todo.push(t);
          } else if (!(e instanceof Ast.Constant)) {
            return false;
          }
        }
      }
      return true;
    }

    private void yieldOutside(Ast.Located node) {
      report("F704", node, "'yield' outside function");
    }

    private void defaultExceptNotLast(List<Ast.ExceptHandlerNode> handlers) {
      for (int i = 0; i < handlers.size() - 1; i++) {
        if (handlers.get(i) instanceof Ast.ExceptHandler h && h.type() == null) {
          report("F707", h, "default 'except:' must be last");
        }
      }
    }

    private void raiseNotImplemented(Ast.Raise r) {
      Ast.ExprNode exc = r.exc() instanceof Ast.Call call ? call.func() : r.exc();
      if (exc instanceof Ast.Name n && n.id().equals("NotImplemented")) {
        report("F901", r, "'raise NotImplemented' should be 'raise NotImplementedError'");
      }
    }

    /** Notes the bindings of the name {@code print} that are not plain assignments to a name. */
    private void bindsPrint(Ast.Node node) {
      boolean binds = switch (node) {
        case Ast.FunctionDef d -> d.name().equals("print");
        case Ast.AsyncFunctionDef d -> d.name().equals("print");
        case Ast.ClassDef c -> c.name().equals("print");
        case Ast.Alias a -> (a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0]).equals("print");
        case Ast.Arg a -> a.arg().equals("print");
        case Ast.Global g -> g.names().contains("print");
        case Ast.Nonlocal n -> n.names().contains("print");
        case Ast.ExceptHandler h -> "print".equals(h.name());
        case Ast.MatchAs m -> "print".equals(m.name());
        case Ast.MatchStar m -> "print".equals(m.name());
        case Ast.MatchMapping m -> "print".equals(m.rest());
        case Ast.TypeVar t -> t.name().equals("print");
        case Ast.ParamSpec p -> p.name().equals("print");
        case Ast.TypeVarTuple t -> t.name().equals("print");
        default -> false;
      };
      printBound |= binds;
    }

    private void report(String code, Ast.Located node, String message) {
      int col = AstRule.charColumn(file, node.lineno(), node.colOffset());
      hits.computeIfAbsent(code, k -> new ArrayList<>()).add(new Hit(node.lineno(), col, message));
    }
  }

  /** Nodes pyflakes looks through when it asks for a node's parent. */
  private static boolean transparent(Ast.Node node) {
    return node instanceof Ast.Tuple || node instanceof Ast.List || node instanceof Ast.Set
        || node instanceof Ast.Starred || node instanceof Ast.Attribute
        || node instanceof Ast.Subscript || node instanceof Ast.Name;
  }

  private static void add(List<Frame> out, Object value, Scope scope, boolean inLoop, Ast.Node parent) {
    if (value instanceof Ast.Node n) {
      out.add(new Frame(n, scope, inLoop, parent));
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Ast.Node n) {
          out.add(new Frame(n, scope, inLoop, parent));
        }
      }
    }
  }

  private static void addFields(List<Frame> out, Ast.Node node, Scope scope, boolean inLoop, Ast.Node parent) {
    node.forEachField((name, value) -> add(out, value, scope, inLoop, parent));
  }
}
