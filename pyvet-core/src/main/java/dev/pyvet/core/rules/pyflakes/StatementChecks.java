package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
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
   * Where a node is: its scope; whether a {@code break} there is inside a loop; its nearest
   * ancestor that is not a tuple, list, set, starred, attribute, subscript or name (the parent
   * pyflakes looks at for {@code print >>}); whether it is in a type annotation (where pyflakes
   * parses string constants as code and checks that too); and, inside such a string, the string
   * constant whose position pyflakes gives every node parsed from it.
   */
  private record Context(Scope scope, boolean inLoop, Ast.Node parent, boolean annotation, Ast.Located at) {
    Context in(Scope s) {
      return new Context(s, inLoop, parent, annotation, at);
    }

    Context loop(boolean l) {
      return new Context(scope, l, parent, annotation, at);
    }

    Context annotation(boolean a) {
      return new Context(scope, inLoop, parent, a, at);
    }

    Context under(Ast.Node p) {
      return new Context(scope, inLoop, p, annotation, at);
    }
  }

  private record Frame(Ast.Node node, Context context) {}

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
    private final List<Ast.Located> printShifts = new ArrayList<>();
    private boolean printBound;
    private TypingNames typing;
    /** The string constant whose position findings take, while inside a parsed string. */
    private Ast.Located at;

    Walk(ParsedFile file) {
      this.file = file;
    }

    void run() {
      stack.push(new Frame(file.parse().module(), new Context(Scope.MODULE, false, null, false, null)));
      while (!stack.isEmpty()) {
        handle(stack.pop());
      }
      at = null;
      if (!printBound) {
        for (Ast.Located print : printShifts) {
          report("F633", print, "use of >> is invalid with print function");
        }
      }
    }

    private void handle(Frame f) {
      Ast.Node node = f.node();
      Context c = f.context();
      at = c.at();
      check(node, c);
      // Children are pushed in reverse so that they are handled in order.
      List<Frame> children = new ArrayList<>();
      Context in = transparent(node) ? c : c.under(node);
      switch (node) {
        case Ast.FunctionDef d -> {
          add(children, d.decoratorList(), in);
          add(children, d.typeParams(), in.in(Scope.ANNOTATION));
          add(children, d.args(), in.in(Scope.ANNOTATION));
          add(children, d.returns(), in.in(Scope.ANNOTATION).annotation(true));
          add(children, d.body(), in.in(Scope.FUNCTION).loop(false).annotation(false));
        }
        case Ast.AsyncFunctionDef d -> {
          add(children, d.decoratorList(), in);
          add(children, d.typeParams(), in.in(Scope.ANNOTATION));
          add(children, d.args(), in.in(Scope.ANNOTATION));
          add(children, d.returns(), in.in(Scope.ANNOTATION).annotation(true));
          // pyflakes stops looking for a loop at def and class, but not at async def.
          add(children, d.body(), in.in(Scope.FUNCTION).annotation(false));
        }
        case Ast.Arg a -> add(children, a.annotation(), in.annotation(true));
        case Ast.Lambda l -> {
          add(children, l.args(), in);
          // pyflakes checks function bodies last, outside any annotation.
          add(children, l.body(), in.in(Scope.FUNCTION).annotation(false));
        }
        case Ast.ClassDef d -> {
          add(children, d.decoratorList(), in);
          add(children, d.typeParams(), in.in(Scope.ANNOTATION));
          add(children, d.bases(), in.in(Scope.ANNOTATION));
          add(children, d.keywords(), in.in(Scope.ANNOTATION));
          add(children, d.body(), in.in(Scope.CLASS).loop(false));
        }
        case Ast.ListComp l -> addFields(children, l, in.in(Scope.COMPREHENSION), null);
        case Ast.SetComp l -> addFields(children, l, in.in(Scope.COMPREHENSION), null);
        case Ast.DictComp l -> addFields(children, l, in.in(Scope.COMPREHENSION), null);
        case Ast.GeneratorExp l -> addFields(children, l, in.in(Scope.COMPREHENSION), null);
        case Ast.TypeAlias t -> {
          add(children, t.name(), in);
          add(children, t.typeParams(), in.in(Scope.ANNOTATION));
          add(children, t.value(), in.in(Scope.ANNOTATION).annotation(true));
        }
        // pyflakes never looks at type parameters' defaults.
        case Ast.TypeVar t -> add(children, t.bound(), in.annotation(true));
        case Ast.ParamSpec p -> { }
        case Ast.TypeVarTuple t -> { }
        case Ast.AnnAssign a -> {
          add(children, a.annotation(), in.annotation(true));
          add(children, a.value(), in.annotation(in.annotation() || typing().is(a.annotation(), "TypeAlias")));
          add(children, a.target(), in);
        }
        case Ast.For l -> {
          add(children, l.target(), in);
          add(children, l.iter(), in);
          add(children, l.body(), in.loop(true));
          add(children, l.orelse(), in);
        }
        case Ast.AsyncFor l -> {
          add(children, l.target(), in);
          add(children, l.iter(), in);
          add(children, l.body(), in.loop(true));
          add(children, l.orelse(), in);
        }
        case Ast.While l -> {
          add(children, l.test(), in);
          add(children, l.body(), in.loop(true));
          add(children, l.orelse(), in);
        }
        // pyflakes reports these outside a function and does not look at their value.
        case Ast.Return r when c.scope().outsideFunction() -> { }
        case Ast.Yield y when c.scope().outsideFunction() -> { }
        case Ast.YieldFrom y when c.scope().outsideFunction() -> { }
        case Ast.Await a when c.scope().outsideFunction() -> { }
        case Ast.Subscript s -> subscript(children, s, in);
        case Ast.Call call -> call(children, call, in);
        case Ast.Constant k when c.annotation() && k.value() instanceof ConstantValue.Str str ->
            stringAnnotation(children, k, str, in);
        default -> addFields(children, node, in, null);
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }

    /** {@code Literal[...]} holds no annotations; {@code Annotated[T, ...]} only its first item. */
    private void subscript(List<Frame> children, Ast.Subscript s, Context in) {
      if (nameOrAttribute(s.value(), "Literal")) {
        addFields(children, s, in.annotation(false), null);
      } else if (nameOrAttribute(s.value(), "Annotated")) {
        add(children, s.value(), in);
        if (s.slice() instanceof Ast.Tuple t && t.elts().size() >= 2) {
          add(children, t.elts().get(0), in);
          add(children, t.elts().subList(1, t.elts().size()), in.annotation(false));
        } else {
          add(children, s.slice(), in);
        }
      } else if (typing().isAnyMember(s.value())) {
        addFields(children, s, in.annotation(true), null);
      } else {
        addFields(children, s, in, null);
      }
    }

    /**
     * The typing calls whose arguments pyflakes reads as annotations: {@code cast}'s first
     * argument (which it then checks a second time with the others), and the types given to
     * {@code TypeVar}, {@code TypedDict} and {@code NamedTuple}, whose other parts it checks
     * outside any annotation, some without the node that holds them.
     */
    private void call(List<Frame> children, Ast.Call call, Context in) {
      Ast.ExprNode func = call.func();
      List<Ast.ExprNode> args = call.args();
      if (typing().is(func, "cast") && !args.isEmpty()) {
        add(children, args.get(0), in.annotation(true));
        addFields(children, call, in, null);
        return;
      }
      List<Ast.ExprNode> annotated = new ArrayList<>();
      List<Frame> plain = new ArrayList<>();
      Context none = in.annotation(false);
      if (typing().is(func, "TypeVar")) {
        annotated.addAll(args.subList(Math.min(1, args.size()), args.size()));
        for (Ast.Keyword k : call.keywords()) {
          if ("bound".equals(k.arg())) {
            annotated.add(k.value());
          } else {
            addFields(plain, k, none.under(k), null);
          }
        }
        add(children, func, none);
      } else if (typing().is(func, "TypedDict")) {
        if (args.size() > 1 && args.get(1) instanceof Ast.Dict d) {
          annotated.addAll(d.values());
          for (int i = 0; i < args.size(); i++) {
            Ast.ExprNode arg = args.get(i);
            addFields(plain, arg, childContext(none, arg), i == 1 ? "values" : null);
          }
          add(children, func, none);
        } else {
          add(children, func, none);
          add(children, args, none);
        }
        for (Ast.Keyword k : call.keywords()) {
          annotated.add(k.value());
        }
      } else if (typing().is(func, "NamedTuple")) {
        if (args.size() > 1 && fieldPairs(args.get(1))) {
          for (Ast.ExprNode pair : elts(args.get(1))) {
            annotated.add(elts(pair).get(1));
            Ast.ExprNode name = elts(pair).get(0);
            addFields(plain, name, childContext(none, name), null);
          }
          for (int i = 0; i < args.size(); i++) {
            Ast.ExprNode arg = args.get(i);
            addFields(plain, arg, childContext(none, arg), i == 1 ? "elts" : null);
          }
          add(children, func, none);
        } else {
          add(children, func, none);
          add(children, args, none);
        }
        for (Ast.Keyword k : call.keywords()) {
          annotated.add(k.value());
        }
      } else {
        addFields(children, call, in, null);
        return;
      }
      children.addAll(plain);
      add(children, annotated, in.annotation(true));
    }

    /** A string in an annotation: pyflakes parses it and checks the expression it holds. */
    private void stringAnnotation(List<Frame> children, Ast.Constant k, ConstantValue.Str str, Context in) {
      Ast.ExprNode parsed = parseExpression(str);
      if (parsed != null) {
        add(children, parsed, new Context(in.scope(), in.inLoop(), k, true, at != null ? at : k));
      }
    }

    private void check(Ast.Node node, Context f) {
      switch (node) {
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
              printShifts.add(at != null ? at : n);
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
        default -> bindsPrint(node);
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
        case Ast.Constant c -> !(c.value() instanceof ConstantValue.Bool
            || c.value() instanceof ConstantValue.None
            || c.value() instanceof ConstantValue.Ellipsis);
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
      Ast.Located where = at != null ? at : node;
      int col = AstRule.charColumn(file, where.lineno(), where.colOffset());
      hits.computeIfAbsent(code, k -> new ArrayList<>()).add(new Hit(where.lineno(), col, message));
    }

    private TypingNames typing() {
      if (typing == null) {
        typing = TypingNames.of(file.parse().module());
      }
      return typing;
    }
  }

  /**
   * The expression a string annotation holds, as pyflakes reads it: the string must parse as a
   * module of exactly one expression statement; otherwise pyflakes reports F722 and checks nothing
   * in it.
   */
  private static Ast.ExprNode parseExpression(ConstantValue.Str str) {
    String text = str.value();
    if (text.indexOf('\0') >= 0 || str.codePoints() != null || hasLoneSurrogate(text)) {
      return null;
    }
    ParseResult parsed = Parser.parse(SourceText.of(text));
    if (!parsed.ok() || parsed.module().body().size() != 1
        || !(parsed.module().body().get(0) instanceof Ast.Expr e)) {
      return null;
    }
    return e.value();
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isHighSurrogate(ch) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nameOrAttribute(Ast.ExprNode node, String name) {
    return node instanceof Ast.Name n && n.id().equals(name)
        || node instanceof Ast.Attribute a && a.attr().equals(name);
  }

  /** A NamedTuple field list: a tuple or list of two-item tuples or lists. */
  private static boolean fieldPairs(Ast.ExprNode node) {
    if (!(node instanceof Ast.Tuple || node instanceof Ast.List)) {
      return false;
    }
    for (Ast.ExprNode e : elts(node)) {
      if (!(e instanceof Ast.Tuple || e instanceof Ast.List) || elts(e).size() != 2) {
        return false;
      }
    }
    return true;
  }

  private static List<Ast.ExprNode> elts(Ast.ExprNode node) {
    return node instanceof Ast.Tuple t ? t.elts() : ((Ast.List) node).elts();
  }

  /** The context of {@code node}'s children, given {@code node}'s own. */
  private static Context childContext(Context context, Ast.Node node) {
    return transparent(node) ? context : context.under(node);
  }

  /** Nodes pyflakes looks through when it asks for a node's parent. */
  private static boolean transparent(Ast.Node node) {
    return node instanceof Ast.Tuple || node instanceof Ast.List || node instanceof Ast.Set
        || node instanceof Ast.Starred || node instanceof Ast.Attribute
        || node instanceof Ast.Subscript || node instanceof Ast.Name;
  }

  private static void add(List<Frame> out, Object value, Context context) {
    if (value instanceof Ast.Node n) {
      out.add(new Frame(n, context));
    } else if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Ast.Node n) {
          out.add(new Frame(n, context));
        }
      }
    }
  }

  /** Adds {@code node}'s children, except those in the field named {@code omit} (may be null). */
  private static void addFields(List<Frame> out, Ast.Node node, Context context, String omit) {
    node.forEachField((name, value) -> {
      if (!name.equals(omit)) {
        add(out, value, context);
      }
    });
  }
}
