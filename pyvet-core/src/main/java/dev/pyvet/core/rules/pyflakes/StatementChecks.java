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
 * by their rules. The walk follows pyflakes' own traversal: the scope each node is handled in
 * (module, class, function, comprehension, or the scope Python 3.12+ opens for every function's
 * and class's signature), the order (function bodies and some annotations are deferred to the
 * end, a few fields go first), the subtrees pyflakes never enters (the value of a {@code return}
 * or {@code yield} it reports, type parameters' defaults), string annotations it parses, the
 * loop a {@code break} belongs to, and the bindings of the few names that matter here:
 * {@code print} (F633) and the names imported from typing (which tell annotations apart). It is
 * iterative: deep trees must not overflow the stack.
 */
final class StatementChecks {
  private StatementChecks() {}

  /** One finding: a 1-based row, a 0-based char column and pyflakes' message. */
  record Hit(int row, int col, String message) {}

  /** The kinds of scope pyflakes tells apart here. */
  private enum Kind {
    MODULE, CLASS, FUNCTION, COMPREHENSION, TYPE_PARAMS;

    /** Whether {@code return}, {@code yield} and {@code await} are reported in this scope. */
    boolean outsideFunction() {
      return this == MODULE || this == CLASS;
    }
  }

  /** pyflakes' annotation states: none, an annotation in the code, a string annotation. */
  private enum Annotation { NONE, BARE, STRING }

  /** What kind of binding a name has in a scope, as far as these checks care. */
  private enum BindingKind { BUILTIN, ANNOTATION, TYPING_MODULE, TYPING_MEMBER, OTHER }

  /** A binding: its kind and, for a name imported from typing, the member's name. */
  private record Binding(BindingKind kind, String member) {
    static final Binding BUILTIN = new Binding(BindingKind.BUILTIN, null);
    static final Binding ANNOTATION = new Binding(BindingKind.ANNOTATION, null);
    static final Binding TYPING_MODULE = new Binding(BindingKind.TYPING_MODULE, null);
    static final Binding OTHER = new Binding(BindingKind.OTHER, null);
  }

  /** One of pyflakes' scopes, linked to the scope around it, with the tracked names it binds. */
  private static final class Scope {
    final Kind kind;
    final Scope outer;
    final Map<String, Binding> names = new HashMap<>(4);

    Scope(Kind kind, Scope outer) {
      this.kind = kind;
      this.outer = outer;
      if (outer == null) {
        names.put("print", Binding.BUILTIN);
      }
    }
  }

  /**
   * Where a node is: its scope; whether a {@code break} there is inside a loop; whether an
   * {@code if}, {@code while} or conditional expression encloses it (pyflakes then ignores a
   * {@code del}); its nearest ancestor that is not a tuple, list, set, starred, attribute,
   * subscript or name (the parent pyflakes looks at for {@code print >>}); its annotation state
   * (strings in annotations are code to pyflakes); and, inside such a string, the string constant
   * whose position pyflakes gives every node parsed from it.
   */
  private record Context(Scope scope, boolean inLoop, boolean conditional, Ast.Node parent,
      Annotation annotation, Ast.Located at) {
    Context in(Scope s) {
      return new Context(s, inLoop, conditional, parent, annotation, at);
    }

    Context loop(boolean l) {
      return new Context(scope, l, conditional, parent, annotation, at);
    }

    Context conditionally() {
      return new Context(scope, inLoop, true, parent, annotation, at);
    }

    Context annotation(Annotation a) {
      return new Context(scope, inLoop, conditional, parent, a, at);
    }

    Context under(Ast.Node p) {
      return new Context(scope, inLoop, conditional, p, annotation, at);
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
    /** Frames to handle, and actions to run once the frames above them are done. */
    private final Deque<Object> stack = new ArrayDeque<>();
    /** What pyflakes defers to the end, in its order: function bodies, some annotations. */
    private final Deque<Object> deferred = new ArrayDeque<>();
    /** The names whose bindings are followed: print and those a typing import binds. */
    private final java.util.Set<String> tracked;
    private boolean futureAnnotations;
    /** The string constant whose position findings take, while inside a parsed string. */
    private Ast.Located at;

    Walk(ParsedFile file) {
      this.file = file;
      this.tracked = TypingNames.localNames(file.parse().module());
      tracked.add("print");
    }

    void run() {
      Scope module = new Scope(Kind.MODULE, null);
      stack.push(new Frame(file.parse().module(),
          new Context(module, false, false, null, Annotation.NONE, null)));
      while (!stack.isEmpty()) {
        Object top = stack.pop();
        if (top instanceof Frame f) {
          handle(f);
        } else {
          ((Runnable) top).run();
        }
        if (stack.isEmpty() && !deferred.isEmpty()) {
          stack.push(deferred.poll());
        }
      }
    }

    private void handle(Frame f) {
      Ast.Node node = f.node();
      Context c = f.context();
      at = c.at();
      check(node, c);
      bind(node, c);
      // Children (and actions to run after some of them) are pushed in reverse, to come in order.
      List<Object> children = new ArrayList<>();
      Context in = transparent(node) ? c : c.under(node);
      switch (node) {
        case Ast.FunctionDef d -> function(children, d.name(), d.decoratorList(), d.typeParams(),
            d.args(), d.returns(), d.body(), false, in);
        case Ast.AsyncFunctionDef d -> function(children, d.name(), d.decoratorList(), d.typeParams(),
            d.args(), d.returns(), d.body(), true, in);
        case Ast.Lambda l -> {
          add(children, l.args().defaults(), in);
          add(children, l.args().kwDefaults(), in);
          Context body = in.annotation(Annotation.NONE);
          children.add((Runnable) () -> deferred.add(functionBody(l.args(), List.of(l.body()), body)));
        }
        case Ast.ClassDef d -> {
          add(children, d.decoratorList(), in);
          Context params = in.in(new Scope(Kind.TYPE_PARAMS, c.scope()));
          add(children, d.typeParams(), params);
          add(children, d.bases(), params);
          add(children, d.keywords(), params);
          add(children, d.body(), params.in(new Scope(Kind.CLASS, params.scope())).loop(false));
          children.add(bindingAction(c.scope(), d.name()));
        }
        case Ast.ListComp l -> addFields(children, l, in.in(new Scope(Kind.COMPREHENSION, c.scope())), null);
        case Ast.SetComp l -> addFields(children, l, in.in(new Scope(Kind.COMPREHENSION, c.scope())), null);
        case Ast.DictComp l -> addFields(children, l, in.in(new Scope(Kind.COMPREHENSION, c.scope())), null);
        case Ast.GeneratorExp l -> addFields(children, l, in.in(new Scope(Kind.COMPREHENSION, c.scope())), null);
        case Ast.TypeAlias t -> {
          add(children, t.name(), in);
          Context params = in.in(new Scope(Kind.TYPE_PARAMS, c.scope()));
          add(children, t.typeParams(), params);
          Frame value = new Frame(t.value(), params.annotation(Annotation.BARE));
          children.add((Runnable) () -> deferred.add(value));
        }
        // pyflakes never looks at type parameters' defaults; a TypeVar's bound waits to the end.
        case Ast.TypeVar t -> {
          if (t.bound() != null) {
            deferred.add(new Frame(t.bound(), in.annotation(Annotation.BARE)));
          }
        }
        case Ast.ParamSpec p -> { }
        case Ast.TypeVarTuple t -> { }
        case Ast.AnnAssign a -> {
          annotation(children, a.annotation(), in);
          if (a.value() != null && isTyping(a.annotation(), "TypeAlias", in)) {
            annotation(children, a.value(), in);
          } else {
            add(children, a.value(), in);
          }
          add(children, a.target(), in);
        }
        case Ast.AugAssign a -> {
          add(children, a.value(), in);
          add(children, a.target(), in);
        }
        case Ast.For l -> loop(children, l.iter(), l.target(), l.body(), l.orelse(), in);
        case Ast.AsyncFor l -> loop(children, l.iter(), l.target(), l.body(), l.orelse(), in);
        case Ast.While l -> {
          add(children, l.test(), in.conditionally());
          add(children, l.body(), in.conditionally().loop(true));
          add(children, l.orelse(), in.conditionally());
        }
        case Ast.If i -> addFields(children, i, in.conditionally(), null);
        case Ast.IfExp i -> addFields(children, i, in.conditionally(), null);
        // pyflakes reports these outside a function and does not look at their value.
        case Ast.Return r when c.scope().kind.outsideFunction() -> { }
        case Ast.Yield y when c.scope().kind.outsideFunction() -> { }
        case Ast.YieldFrom y when c.scope().kind.outsideFunction() -> { }
        case Ast.Await a when c.scope().kind.outsideFunction() -> { }
        case Ast.ExceptHandler h when h.name() != null && tracked.contains(h.name()) -> {
          // pyflakes first rebinds a name the scope has, then binds it for the handler only and
          // restores the rebound (not the original) binding after it.
          Scope scope = c.scope();
          boolean before = scope.names.containsKey(h.name());
          scope.names.put(h.name(), Binding.OTHER);
          addFields(children, h, in, null);
          children.add((Runnable) () -> {
            if (before) {
              scope.names.put(h.name(), Binding.OTHER);
            } else {
              scope.names.remove(h.name());
            }
          });
        }
        case Ast.Subscript s -> subscript(children, s, in);
        case Ast.Call call -> call(children, call, in);
        case Ast.Constant k when c.annotation() != Annotation.NONE && k.value() instanceof ConstantValue.Str str -> {
          Ast.ExprNode parsed = parseExpression(str);
          if (parsed != null) {
            deferred.add(new Frame(parsed, new Context(c.scope(), c.inLoop(), c.conditional(), k,
                Annotation.STRING, at != null ? at : k)));
          }
        }
        default -> addFields(children, node, in, null);
      }
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }

    /**
     * A def as pyflakes handles it: decorators; then, in a scope of their own, type parameters,
     * annotations and defaults; the body deferred to the end; the name bound last.
     */
    private void function(List<Object> children, String name, List<Ast.ExprNode> decorators,
        List<Ast.TypeParamNode> typeParams, Ast.Arguments args, Ast.ExprNode returns,
        List<Ast.StmtNode> body, boolean async, Context in) {
      add(children, decorators, in);
      Context params = in.in(new Scope(Kind.TYPE_PARAMS, in.scope()));
      add(children, typeParams, params);
      for (Ast.Arg a : args.posonlyargs()) {
        annotation(children, a.annotation(), params);
      }
      for (Ast.Arg a : args.args()) {
        annotation(children, a.annotation(), params);
      }
      for (Ast.Arg a : args.kwonlyargs()) {
        annotation(children, a.annotation(), params);
      }
      if (args.vararg() != null) {
        annotation(children, args.vararg().annotation(), params);
      }
      if (args.kwarg() != null) {
        annotation(children, args.kwarg().annotation(), params);
      }
      annotation(children, returns, params);
      add(children, args.defaults(), params);
      add(children, args.kwDefaults(), params);
      // pyflakes stops looking for a loop at def and class, but not at async def.
      Context inBody = params.loop(async && in.inLoop()).annotation(Annotation.NONE);
      children.add((Runnable) () -> deferred.add(functionBody(args, body, inBody)));
      children.add(bindingAction(in.scope(), name));
    }

    /** A function's body, run from the deferred queue: a new scope holding the parameters. */
    private Runnable functionBody(Ast.Arguments args, List<? extends Ast.Node> body, Context outer) {
      return () -> {
        Scope scope = new Scope(Kind.FUNCTION, outer.scope());
        List<Ast.Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
          all.add(args.vararg());
        }
        if (args.kwarg() != null) {
          all.add(args.kwarg());
        }
        for (Ast.Arg a : all) {
          bindName(scope, a.arg(), Binding.OTHER);
        }
        Context inside = outer.in(scope);
        for (int i = body.size() - 1; i >= 0; i--) {
          stack.push(new Frame(body.get(i), inside));
        }
      };
    }

    private Runnable bindingAction(Scope scope, String name) {
      return () -> bindName(scope, name, Binding.OTHER);
    }

    private void bindName(Scope scope, String name, Binding binding) {
      if (name != null && tracked.contains(name)) {
        scope.names.put(name, binding);
      }
    }

    /** pyflakes' loop order: the iterable first, then the target, the body and the else. */
    private void loop(List<Object> children, Ast.ExprNode iter, Ast.ExprNode target, List<Ast.StmtNode> body,
        List<Ast.StmtNode> orelse, Context in) {
      add(children, iter, in);
      add(children, target, in);
      add(children, body, in.loop(true));
      add(children, orelse, in);
    }

    /**
     * An annotation: a string is parsed at the end, the rest is checked now, or at the end under
     * {@code from __future__ import annotations}.
     */
    private void annotation(List<Object> children, Ast.ExprNode node, Context in) {
      if (node == null) {
        return;
      }
      Context bare = in.annotation(Annotation.BARE);
      if (node instanceof Ast.Constant k && k.value() instanceof ConstantValue.Str) {
        children.add((Runnable) () -> handleLater(k, bare));
      } else if (futureAnnotations) {
        children.add((Runnable) () -> deferred.add(new Frame(node, bare)));
      } else {
        children.add(new Frame(node, bare));
      }
    }

    /** A string annotation, parsed and checked at the end as a string annotation. */
    private void handleLater(Ast.Constant k, Context in) {
      Ast.ExprNode parsed = parseExpression((ConstantValue.Str) k.value());
      if (parsed != null) {
        deferred.add(new Frame(parsed, new Context(in.scope(), in.inLoop(), in.conditional(), in.parent(),
            Annotation.STRING, in.at() != null ? in.at() : k)));
      }
    }

    /** {@code Literal[...]} holds no annotations; {@code Annotated[T, ...]} only its first item. */
    private void subscript(List<Object> children, Ast.Subscript s, Context in) {
      if (nameOrAttribute(s.value(), "Literal")) {
        addFields(children, s, in.annotation(Annotation.NONE), null);
      } else if (nameOrAttribute(s.value(), "Annotated")) {
        add(children, s.value(), in);
        if (s.slice() instanceof Ast.Tuple t && t.elts().size() >= 2) {
          add(children, t.elts().get(0), in);
          add(children, t.elts().subList(1, t.elts().size()), in.annotation(Annotation.NONE));
        } else {
          add(children, s.slice(), in);
        }
      } else if (isTyping(s.value(), null, in)) {
        addFields(children, s, in.annotation(Annotation.BARE), null);
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
    private void call(List<Object> children, Ast.Call call, Context in) {
      Ast.ExprNode func = call.func();
      List<Ast.ExprNode> args = call.args();
      if (isTyping(func, "cast", in) && !args.isEmpty()) {
        add(children, args.get(0), in.annotation(Annotation.BARE));
        addFields(children, call, in, null);
        return;
      }
      List<Ast.ExprNode> annotated = new ArrayList<>();
      List<Object> plain = new ArrayList<>();
      List<Object> rest = new ArrayList<>();
      Context none = in.annotation(Annotation.NONE);
      if (isTyping(func, "TypeVar", in)) {
        annotated.addAll(args.subList(Math.min(1, args.size()), args.size()));
        for (Ast.Keyword k : call.keywords()) {
          if ("bound".equals(k.arg())) {
            annotated.add(k.value());
          } else {
            addFields(plain, k, childContext(none, k), null);
          }
        }
        add(rest, func, none);
      } else if (isTyping(func, "TypedDict", in)) {
        if (args.size() > 1 && args.get(1) instanceof Ast.Dict d) {
          annotated.addAll(d.values());
          for (int i = 0; i < args.size(); i++) {
            Ast.ExprNode arg = args.get(i);
            addFields(plain, arg, childContext(none, arg), i == 1 ? "values" : null);
          }
          add(rest, func, none);
        } else {
          add(rest, func, none);
          add(rest, args, none);
        }
        for (Ast.Keyword k : call.keywords()) {
          annotated.add(k.value());
        }
      } else if (isTyping(func, "NamedTuple", in)) {
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
          add(rest, func, none);
        } else {
          add(rest, func, none);
          add(rest, args, none);
        }
        for (Ast.Keyword k : call.keywords()) {
          annotated.add(k.value());
        }
      } else {
        addFields(children, call, in, null);
        return;
      }
      children.addAll(plain);
      children.addAll(rest);
      add(children, annotated, in.annotation(Annotation.BARE));
    }

    /** The bindings of tracked names (and the future import) that happen as a node is visited. */
    private void bind(Ast.Node node, Context c) {
      Scope scope = c.scope();
      switch (node) {
        case Ast.Name n when n.ctx() == Ast.ExprContext.Store && tracked.contains(n.id()) -> store(c, n.id());
        case Ast.Name n when n.ctx() == Ast.ExprContext.Del && tracked.contains(n.id()) -> {
          if (!c.conditional()) {
            scope.names.remove(n.id());
          }
        }
        case Ast.Import i -> {
          for (Ast.Alias a : i.names()) {
            String local = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
            bindName(scope, local, TypingNames.MODULES.contains(a.name()) ? Binding.TYPING_MODULE : Binding.OTHER);
          }
        }
        case Ast.ImportFrom i -> {
          boolean fromTyping = i.level() == 0 && TypingNames.MODULES.contains(i.module());
          for (Ast.Alias a : i.names()) {
            if ("__future__".equals(i.module()) && a.name().equals("annotations")) {
              futureAnnotations = true;
            }
            if (!a.name().equals("*")) {
              bindName(scope, a.asname() != null ? a.asname() : a.name(),
                  fromTyping ? new Binding(BindingKind.TYPING_MEMBER, a.name()) : Binding.OTHER);
            }
          }
        }
        case Ast.Global g -> declare(scope, g.names());
        case Ast.Nonlocal g -> declare(scope, g.names());
        case Ast.MatchAs m -> bindName(scope, m.name(), Binding.OTHER);
        case Ast.MatchStar m -> bindName(scope, m.name(), Binding.OTHER);
        case Ast.MatchMapping m -> bindName(scope, m.rest(), Binding.OTHER);
        case Ast.TypeVar t -> bindName(scope, t.name(), Binding.OTHER);
        case Ast.ParamSpec t -> bindName(scope, t.name(), Binding.OTHER);
        case Ast.TypeVarTuple t -> bindName(scope, t.name(), Binding.OTHER);
        default -> { }
      }
    }

    /** An assignment to a tracked name: a bare annotation, a walrus, or any other binding. */
    private static void store(Context c, String name) {
      Scope scope = c.scope();
      if (c.parent() instanceof Ast.AnnAssign a && a.value() == null) {
        scope.names.putIfAbsent(name, Binding.ANNOTATION);
      } else if (c.parent() instanceof Ast.NamedExpr) {
        // A walrus binds in the nearest scope that is not a comprehension, unless bound there.
        while (scope.kind == Kind.COMPREHENSION) {
          scope = scope.outer;
        }
        Binding there = scope.names.get(name);
        if (there == null || there.kind() == BindingKind.ANNOTATION) {
          scope.names.put(name, Binding.OTHER);
        }
      } else {
        scope.names.put(name, Binding.OTHER);
      }
    }

    /** {@code global} or {@code nonlocal} outside the module scope. */
    private void declare(Scope scope, List<String> names) {
      if (scope.kind == Kind.MODULE) {
        return;
      }
      for (String name : names) {
        if (!tracked.contains(name)) {
          continue;
        }
        Scope s = scope;
        for (; s.outer != null; s = s.outer) {
          s.names.put(name, Binding.OTHER);
        }
        s.names.putIfAbsent(name, Binding.OTHER);
      }
    }

    /**
     * Whether {@code node} names the typing member {@code member} (any member when null), as
     * pyflakes resolves it: a name imported from typing or typing_extensions, or an attribute of
     * such a module, looked up in the scopes around {@code c} at this point of the walk.
     */
    private boolean isTyping(Ast.ExprNode node, String member, Context c) {
      if (node instanceof Ast.Name n) {
        Binding b = lookup(c, n.id());
        return b != null && b.kind() == BindingKind.TYPING_MEMBER && (member == null || member.equals(b.member()));
      }
      if (node instanceof Ast.Attribute a && a.value() instanceof Ast.Name m) {
        Binding b = lookup(c, m.id());
        return b != null && b.kind() == BindingKind.TYPING_MODULE && (member == null || member.equals(a.attr()));
      }
      return false;
    }

    /** The innermost binding of a tracked name, class scopes included. */
    private Binding lookup(Context c, String name) {
      if (!tracked.contains(name)) {
        return null;
      }
      for (Scope s = c.scope(); s != null; s = s.outer) {
        Binding b = s.names.get(name);
        if (b != null) {
          return b;
        }
      }
      return null;
    }

    /** Whether {@code print} loaded here is the builtin, looked up as pyflakes does. */
    private boolean printIsBuiltin(Context c) {
      Boolean classVisible = null;
      boolean postponed = c.annotation() == Annotation.STRING
          || c.annotation() == Annotation.BARE && futureAnnotations;
      for (Scope s = c.scope(); s != null; s = s.outer) {
        if (s.kind == Kind.CLASS && Boolean.FALSE.equals(classVisible)) {
          continue;
        }
        Binding b = s.names.get("print");
        if (b != null && b.kind() == BindingKind.ANNOTATION && !postponed) {
          continue;
        }
        if (b != null) {
          return b.kind() == BindingKind.BUILTIN;
        }
        if (!Boolean.FALSE.equals(classVisible)) {
          classVisible = s.kind == Kind.TYPE_PARAMS || s.kind == Kind.COMPREHENSION;
        }
      }
      return false;
    }

    private void check(Ast.Node node, Context context) {
      switch (node) {
        case Ast.Dict d -> repeatedKeys(d);
        case Ast.Tuple t when t.ctx() == Ast.ExprContext.Store -> starred(t, t.elts());
        case Ast.List l when l.ctx() == Ast.ExprContext.Store -> starred(l, l.elts());
        case Ast.Assert a when nonEmptyTuple(a.test()) ->
            report("F631", a, "assertion is always true, perhaps remove parentheses?");
        case Ast.If i when nonEmptyTuple(i.test()) -> ifTuple(i);
        case Ast.IfExp i when nonEmptyTuple(i.test()) -> ifTuple(i);
        case Ast.Compare c -> isLiteral(c);
        case Ast.Name n when n.id().equals("print") && n.ctx() == Ast.ExprContext.Load
            && context.parent() instanceof Ast.BinOp b && b.op() == Ast.OperatorKind.RShift -> {
          if (printIsBuiltin(context)) {
            report("F633", n, "use of >> is invalid with print function");
          }
        }
        case Ast.Break b when !context.inLoop() -> report("F701", b, "'break' outside loop");
        case Ast.Continue c when !context.inLoop() -> report("F702", c, "'continue' not properly in loop");
        case Ast.Return r when context.scope().kind.outsideFunction() ->
            report("F706", r, "'return' outside function");
        case Ast.Yield y when context.scope().kind.outsideFunction() -> yieldOutside(y);
        case Ast.YieldFrom y when context.scope().kind.outsideFunction() -> yieldOutside(y);
        case Ast.Await a when context.scope().kind.outsideFunction() -> yieldOutside(a);
        case Ast.Try t -> defaultExceptNotLast(t.handlers());
        case Ast.TryStar t -> defaultExceptNotLast(t.handlers());
        case Ast.Raise r -> raiseNotImplemented(r);
        default -> { }
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

    private void report(String code, Ast.Located node, String message) {
      Ast.Located where = at != null ? at : node;
      int col = AstRule.charColumn(file, where.lineno(), where.colOffset());
      hits.computeIfAbsent(code, k -> new ArrayList<>()).add(new Hit(where.lineno(), col, message));
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

  // a loop, not AstChildren.forEachNodeIn: this runs for every field of every node, and a
  // capturing lambda would be allocated each time under the launcher's C1-only JIT
  private static void add(List<Object> out, Object value, Context context) {
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

  /**
   * Adds {@code node}'s children in pyflakes' order (a field named {@code iter}, else
   * {@code generators}, else {@code value}, goes first), except the field named {@code omit}
   * (may be null).
   */
  private static void addFields(List<Object> out, Ast.Node node, Context context, String omit) {
    List<String> names = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    node.forEachField((name, value) -> {
      names.add(name);
      values.add(value);
    });
    String first = names.contains("iter") ? "iter" : names.contains("generators") ? "generators" : "value";
    int at = names.indexOf(first);
    if (at >= 0 && !first.equals(omit)) {
      add(out, values.get(at), context);
    }
    for (int i = 0; i < names.size(); i++) {
      if (i != at && !names.get(i).equals(omit)) {
        add(out, values.get(i), context);
      }
    }
  }
}
