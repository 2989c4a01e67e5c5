package dev.pyvet.core.rules.naming;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * pep8-naming 0.15.1's checks over one module, all codes at once (the N rules each report their
 * share). As pep8-naming: one pre-order walk that knows every node's ancestors; a class, when
 * reached, tags the functions of its body (and of the ifs, loops, withs and trys in it, but not of
 * their except clauses) as methods, class methods or static methods; variables belong to the
 * nearest enclosing class or function (lambdas and comprehensions do not count); a function's
 * {@code global} names are those of its body outside nested classes and functions.
 *
 * <p>Columns are pep8-naming's: the node's column plus one (flake8 adds another when printing,
 * and so does pyvet), plus 6 for a class and 4 for a function (past {@code class } and
 * {@code def }). The walk is iterative, so deep expressions cannot overflow the stack.
 */
final class NamingChecker {

  /** One finding: 1-based row, 0-based char column as rules report it. */
  record Finding(int row, int column, String code, String message) {}

  private static final Set<String> CLASS_METHOD_NAMES =
      Set.of("__new__", "__init_subclass__", "__class_getitem__");
  private static final Set<String> METACLASS_BASES = Set.of("type", "ABCMeta");

  private final ParsedFile file;
  private final NamingSettings settings;
  private final Map<String, List<Finding>> found = new HashMap<>();
  /** The ancestors of the node being visited, outermost first. */
  private final List<Ast.Node> parents = new ArrayList<>();
  private final Map<Ast.Node, MethodKind> kinds = new IdentityHashMap<>();
  private final Map<Ast.Node, Set<String>> globalNames = new IdentityHashMap<>();

  private NamingChecker(ParsedFile file, NamingSettings settings) {
    this.file = file;
    this.settings = settings;
  }

  private record Key(NamingSettings settings) {}

  /** The findings of every N code on {@code file}, by code; computed once per file and settings. */
  static Map<String, List<Finding>> findings(ParsedFile file, NamingSettings settings) {
    return file.derived(new Key(settings), f -> {
      NamingChecker c = new NamingChecker(f, settings);
      c.walk(f.parse().module());
      return c.found;
    });
  }

  /** Marks where the walk leaves a node's children. */
  private static final Object EXIT = new Object();

  private void walk(Ast.Module module) {
    Deque<Object> stack = new ArrayDeque<>();
    stack.push(module);
    List<Ast.Node> children = new ArrayList<>();
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top == EXIT) {
        parents.removeLast();
        continue;
      }
      Ast.Node node = (Ast.Node) top;
      visit(node);
      stack.push(EXIT);
      parents.add(node);
      children.clear();
      AstChildren.addTo(node, children);
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.push(children.get(i));
      }
    }
  }


  private void visit(Ast.Node node) {
    switch (node) {
      case Ast.Module m -> typeVariables(m);
      case Ast.ClassDef c -> {
        tagMethods(c);
        className(c);
      }
      case Ast.FunctionDef f -> function(f, f.name(), f.args(), f.decoratorList());
      case Ast.AsyncFunctionDef f -> function(f, f.name(), f.args(), f.decoratorList());
      case Ast.Import i -> imports(i, i.names());
      case Ast.ImportFrom i -> imports(i, i.names());
      case Ast.Assign a -> {
        if (!isNamedtuple(a.value())) {
          for (Ast.ExprNode t : a.targets()) {
            variables(t);
          }
        }
      }
      case Ast.NamedExpr n -> {
        if (!isNamedtuple(n.value())) {
          variables(n.target());
        }
      }
      case Ast.AnnAssign a -> {
        if (!isNamedtuple(a.value())) {
          variables(a.target());
        }
      }
      case Ast.With w -> w.items().forEach(item -> variables(item.optionalVars()));
      case Ast.AsyncWith w -> w.items().forEach(item -> variables(item.optionalVars()));
      case Ast.For f -> variables(f.target());
      case Ast.AsyncFor f -> variables(f.target());
      case Ast.ExceptHandler h -> {
        if (h.name() != null && !h.name().isEmpty()) {
          variables(h);
        }
      }
      case Ast.GeneratorExp g -> g.generators().forEach(c -> variables(c.target()));
      case Ast.ListComp g -> g.generators().forEach(c -> variables(c.target()));
      case Ast.SetComp g -> g.generators().forEach(c -> variables(c.target()));
      case Ast.DictComp g -> g.generators().forEach(c -> variables(c.target()));
      default -> {}
    }
  }

  // ---- method kinds -------------------------------------------------------------------------

  /**
   * Tags the functions a class holds. Old-style decoration in the class body
   * ({@code m = staticmethod(m)}) wins over decorators; a class with a base named {@code type} or
   * {@code ABCMeta} is a metaclass, whose methods are all class methods.
   */
  private void tagMethods(Ast.ClassDef c) {
    Map<String, MethodKind> late = new HashMap<>();
    for (Ast.StmtNode s : c.body()) {
      if (s instanceof Ast.Assign a && a.value() instanceof Ast.Call call
          && call.func() instanceof Ast.Name fn) {
        MethodKind kind = settings.decoratorKinds().get(fn.id());
        if (kind != null && call.args().size() == 1 && call.args().get(0) instanceof Ast.Name m) {
          late.put(m.id(), kind);
        }
      }
    }
    boolean metaclass = false;
    for (Ast.ExprNode b : c.bases()) {
      if ((b instanceof Ast.Name n && METACLASS_BASES.contains(n.id()))
          || (b instanceof Ast.Attribute at && METACLASS_BASES.contains(at.attr()))) {
        metaclass = true;
      }
    }
    Deque<Ast.Node> work = new ArrayDeque<>(c.body());
    List<Ast.Node> children = new ArrayList<>();
    while (!work.isEmpty()) {
      Ast.Node node = work.pop();
      if (node instanceof Ast.If || node instanceof Ast.While || node instanceof Ast.For
          || node instanceof Ast.AsyncFor || node instanceof Ast.With
          || node instanceof Ast.AsyncWith || node instanceof Ast.Try) {
        children.clear();
        AstChildren.addTo(node, children);
        work.addAll(children);
      } else if (node instanceof Ast.FunctionDef f) {
        kinds.put(f, methodKind(f.name(), f.decoratorList(), metaclass, late));
      } else if (node instanceof Ast.AsyncFunctionDef f) {
        kinds.put(f, methodKind(f.name(), f.decoratorList(), metaclass, late));
      }
    }
  }

  private MethodKind methodKind(String name, List<Ast.ExprNode> decorators, boolean metaclass,
      Map<String, MethodKind> late) {
    MethodKind kind =
        CLASS_METHOD_NAMES.contains(name) || metaclass ? MethodKind.CLASSMETHOD : MethodKind.METHOD;
    if (late.containsKey(name)) {
      return late.get(name);
    }
    for (Ast.ExprNode d : decorators) {
      String dn = decoratorName(d);
      MethodKind k = dn == null ? null : settings.decoratorKinds().get(dn);
      if (k != null) {
        return k;
      }
    }
    return kind;
  }

  /** The name a decorator goes by: {@code a}, {@code x.a}, {@code a(...)} and so on give a. */
  private static String decoratorName(Ast.ExprNode d) {
    Ast.ExprNode e = d;
    while (true) {
      switch (e) {
        case Ast.Name n -> {
          return n.id();
        }
        case Ast.Attribute a -> {
          return a.attr();
        }
        case Ast.Call c -> e = c.func();
        default -> {
          return null;
        }
      }
    }
  }

  // ---- N801, N818 ---------------------------------------------------------------------------

  private void className(Ast.ClassDef c) {
    if (settings.ignored().contains(c.name())) {
      return;
    }
    String name = PyStr.strip(c.name(), '_');
    if (!PyStr.startsUpper(name) || name.contains("_")) {
      report(c, 6, "N801", "class name '" + name + "' should use CapWords convention");
    }
    if (superclassNames(name).contains("Exception") && !name.endsWith("Error")) {
      report(c, 6, "N818", "exception name '" + name + "' should be named with an Error suffix");
    }
  }

  /**
   * The base names of the class called {@code name} and, transitively, of its bases, each class
   * looked up by name in the bodies of the visited class's ancestors (outermost first, the first
   * class of that name wins). {@code name} is the name without its underscores, as pep8-naming
   * looks it up, so a private class is usually not found.
   */
  private Set<String> superclassNames(String name) {
    Set<String> names = new HashSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.push(name);
    while (!work.isEmpty()) {
      Ast.ClassDef c = classNamed(work.pop());
      if (c == null) {
        continue;
      }
      for (Ast.ExprNode b : c.bases()) {
        if (b instanceof Ast.Name n && names.add(n.id())) {
          work.push(n.id());
        }
      }
    }
    return names;
  }

  private Ast.ClassDef classNamed(String name) {
    for (Ast.Node parent : parents) {
      for (Ast.StmtNode s : body(parent)) {
        if (s instanceof Ast.ClassDef c && c.name().equals(name)) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * The {@code body} statements of a node that can hold a class. pep8-naming fails on a
   * {@code match} statement, which has no body (flake8 then stops); here it has none.
   */
  private static List<Ast.StmtNode> body(Ast.Node node) {
    return switch (node) {
      case Ast.Module m -> m.body();
      case Ast.ClassDef c -> c.body();
      case Ast.FunctionDef f -> f.body();
      case Ast.AsyncFunctionDef f -> f.body();
      case Ast.If s -> s.body();
      case Ast.For s -> s.body();
      case Ast.AsyncFor s -> s.body();
      case Ast.While s -> s.body();
      case Ast.With s -> s.body();
      case Ast.AsyncWith s -> s.body();
      case Ast.Try s -> s.body();
      case Ast.TryStar s -> s.body();
      case Ast.ExceptHandler h -> h.body();
      case Ast.MatchCase m -> m.body();
      default -> List.of();
    };
  }

  // ---- N802, N807, N803, N804, N805 ---------------------------------------------------------

  private void function(Ast.StmtNode f, String name, Ast.Arguments args,
      List<Ast.ExprNode> decorators) {
    functionName(f, name, decorators);
    arguments(f, args);
  }

  private void functionName(Ast.StmtNode f, String name, List<Ast.ExprNode> decorators) {
    MethodKind kind = kinds.getOrDefault(f, MethodKind.FUNCTION);
    if (settings.ignored().contains(name) || name.equals("__dir__") || name.equals("__getattr__")) {
      return;
    }
    if (kind != MethodKind.FUNCTION && hasOverride(decorators)) {
      return;
    }
    if (PyStr.hasUpper(name)) {
      report(f, 4, "N802", "function name '" + name + "' should be lowercase");
    }
    if (kind == MethodKind.FUNCTION && name.startsWith("__") && name.endsWith("__")) {
      report(f, 4, "N807", "function name '" + name + "' should not start and end with '__'");
    }
  }

  /** Decorated {@code @override} or {@code @typing.override}: the name is not the method's choice. */
  private static boolean hasOverride(List<Ast.ExprNode> decorators) {
    for (Ast.ExprNode d : decorators) {
      if (d instanceof Ast.Name n && n.id().equals("override")) {
        return true;
      }
      if (d instanceof Ast.Attribute a && a.value() instanceof Ast.Name n
          && n.id().equals("typing") && a.attr().equals("override")) {
        return true;
      }
    }
    return false;
  }

  private void arguments(Ast.StmtNode f, Ast.Arguments a) {
    List<Ast.Arg> args = new ArrayList<>(a.posonlyargs());
    args.addAll(a.args());
    args.addAll(a.kwonlyargs());
    if (!args.isEmpty() && !settings.ignored().contains(args.get(0).arg())) {
      Ast.Arg first = args.get(0);
      MethodKind kind = kinds.get(f);
      if (kind == MethodKind.METHOD && !first.arg().equals("self")) {
        report(first, 0, "N805", "first argument of a method should be named 'self'");
      } else if (kind == MethodKind.CLASSMETHOD && !first.arg().equals("cls")) {
        report(first, 0, "N804", "first argument of a classmethod should be named 'cls'");
      }
    }
    if (a.vararg() != null) {
      args.add(a.vararg());
    }
    if (a.kwarg() != null) {
      args.add(a.kwarg());
    }
    for (Ast.Arg arg : args) {
      if (PyStr.hasUpper(arg.arg()) && !settings.ignored().contains(arg.arg())) {
        report(arg, 0, "N803", "argument name '" + arg.arg() + "' should be lowercase");
      }
    }
  }

  // ---- N811 to N814, N817 -------------------------------------------------------------------

  private void imports(Ast.StmtNode node, List<Ast.Alias> aliases) {
    for (Ast.Alias alias : aliases) {
      String as = alias.asname();
      if (as == null) {
        continue;
      }
      String name = alias.name();
      String both = "'" + name + "' imported as ";
      if (PyStr.isUpper(name)) {
        if (!PyStr.isUpper(as)) {
          report(node, 0, "N811", "constant " + both + "non constant '" + as + "'");
        }
      } else if (PyStr.isLower(name)) {
        if (PyStr.hasUpper(as)) {
          report(node, 0, "N812", "lowercase " + both + "non lowercase '" + as + "'");
        }
      } else if (PyStr.isLower(as)) {
        report(node, 0, "N813", "camelcase " + both + "lowercase '" + as + "'");
      } else if (PyStr.isUpper(as)) {
        if (PyStr.upperLetters(name).equals(as)) {
          report(node, 0, "N817", "camelcase " + both + "acronym '" + as + "'");
        } else {
          report(node, 0, "N814", "camelcase " + both + "constant '" + as + "'");
        }
      }
    }
  }

  // ---- N806, N815, N816 ---------------------------------------------------------------------

  private static boolean isNamedtuple(Ast.ExprNode value) {
    if (value instanceof Ast.Call c) {
      return (c.func() instanceof Ast.Attribute a && a.attr().equals("namedtuple"))
          || (c.func() instanceof Ast.Name n && n.id().equals("namedtuple"));
    }
    return false;
  }

  /** Checks the names {@code target} binds against the nearest enclosing class or function. */
  private void variables(Ast.Located target) {
    if (target == null) {
      return;
    }
    Ast.Node scope = null;
    for (int i = parents.size() - 1; i >= 0 && scope == null; i--) {
      Ast.Node p = parents.get(i);
      if (p instanceof Ast.ClassDef || p instanceof Ast.FunctionDef
          || p instanceof Ast.AsyncFunctionDef) {
        scope = p;
      }
    }
    for (String name : boundNames(target)) {
      if (settings.ignored().contains(name)) {
        continue;
      }
      if (scope instanceof Ast.ClassDef) {
        if (PyStr.isMixedCase(name)) {
          report(target, 0, "N815", "variable '" + name + "' in class scope should not be mixedCase");
        }
      } else if (scope != null) {
        if (PyStr.hasUpper(name) && !globalNames(scope).contains(name)) {
          report(target, 0, "N806", "variable '" + name + "' in function should be lowercase");
        }
      } else if (PyStr.isMixedCase(name)) {
        report(target, 0, "N816", "variable '" + name + "' in global scope should not be mixedCase");
      }
    }
  }

  /**
   * The names an assignment target binds, left to right: a name, the names in (nested) tuples
   * and lists and their starred items; an except clause's name. Attributes and subscripts bind
   * none.
   */
  private static List<String> boundNames(Ast.Located target) {
    List<String> names = new ArrayList<>();
    switch (target) {
      case Ast.Name n -> names.add(n.id());
      case Ast.ExceptHandler h -> names.add(h.name());
      case Ast.Tuple t -> elementNames(t.elts(), names);
      case Ast.List l -> elementNames(l.elts(), names);
      default -> {}
    }
    return names;
  }

  private static void elementNames(List<Ast.ExprNode> elements, List<String> names) {
    Deque<Ast.ExprNode> work = new ArrayDeque<>();
    for (int i = elements.size() - 1; i >= 0; i--) {
      work.push(elements.get(i));
    }
    while (!work.isEmpty()) {
      Ast.ExprNode e = work.pop();
      // a starred item counts as the target it stars; a starred inside it is not unpacked
      if (e instanceof Ast.Starred s) {
        e = s.value();
        if (e instanceof Ast.Starred) {
          continue;
        }
      }
      List<Ast.ExprNode> inner = switch (e) {
        case Ast.Name n -> {
          names.add(n.id());
          yield List.of();
        }
        case Ast.Tuple t -> t.elts();
        case Ast.List l -> l.elts();
        default -> List.of();
      };
      for (int i = inner.size() - 1; i >= 0; i--) {
        work.push(inner.get(i));
      }
    }
  }

  /** The names a function declares {@code global}, outside the classes and functions it holds. */
  private Set<String> globalNames(Ast.Node function) {
    Set<String> cached = globalNames.get(function);
    if (cached != null) {
      return cached;
    }
    Set<String> names = new HashSet<>();
    Deque<Ast.Node> work = new ArrayDeque<>();
    List<Ast.Node> children = new ArrayList<>();
    AstChildren.addTo(function, children);
    work.addAll(children);
    while (!work.isEmpty()) {
      Ast.Node node = work.pop();
      if (node instanceof Ast.Global g) {
        names.addAll(g.names());
      }
      if (!(node instanceof Ast.ClassDef || node instanceof Ast.FunctionDef
          || node instanceof Ast.AsyncFunctionDef)) {
        children.clear();
        AstChildren.addTo(node, children);
        work.addAll(children);
      }
    }
    globalNames.put(function, names);
    return names;
  }

  // ---- N808 ---------------------------------------------------------------------------------

  /**
   * Type variables made by module-level {@code Name = TypeVar('Name', ...)} statements: the name
   * must be the string passed, CapWords after one leading underscore, with at most one suffix, which
   * must be {@code _co} or {@code _contra} and agree with a {@code covariant=} or
   * {@code contravariant=} keyword.
   */
  private void typeVariables(Ast.Module module) {
    for (Ast.StmtNode statement : module.body()) {
      if (!(statement instanceof Ast.Assign a) || a.targets().size() != 1
          || !(a.targets().get(0) instanceof Ast.Name target)
          || !(a.value() instanceof Ast.Call call)
          || !(call.func() instanceof Ast.Name func) || !func.id().equals("TypeVar")) {
        continue;
      }
      String name = target.id();
      if (settings.ignored().contains(name)) {
        continue;
      }
      if (!typeVariableNameIsGood(name, call)) {
        report(a, 0, "N808", "type variable name '" + name
            + "' should use CapWords convention and an optional '_co' or '_contra' suffix");
      }
    }
  }

  private static boolean typeVariableNameIsGood(String name, Ast.Call call) {
    if (call.args().isEmpty() || !(call.args().get(0) instanceof Ast.Constant first)
        || !(first.value() instanceof ConstantValue.Str str) || !str.value().equals(name)) {
      return false;
    }
    // str.removeprefix: one underscore at most
    String trimmed = name.startsWith("_") ? name.substring(1) : name;
    if (!PyStr.startsUpper(trimmed)) {
      return false;
    }
    String[] parts = trimmed.split("_", -1);
    if (parts.length > 2) {
      return false;
    }
    String suffix = parts.length > 1 ? parts[parts.length - 1] : "";
    // as a dict comprehension would, the last keyword of a name wins
    ConstantValue covariant = null;
    ConstantValue contravariant = null;
    for (Ast.Keyword k : call.keywords()) {
      if (k.arg() != null && k.value() instanceof Ast.Constant c) {
        if (k.arg().equals("covariant")) {
          covariant = c.value();
        } else if (k.arg().equals("contravariant")) {
          contravariant = c.value();
        }
      }
    }
    if (!suffix.isEmpty() && !suffix.equals("co") && !suffix.equals("contra")) {
      return false;
    }
    if (isTrue(covariant)) {
      return suffix.equals("co");
    }
    return !isTrue(contravariant) || suffix.equals("contra");
  }

  /** Python's truth of a constant; null (no such keyword) is false. */
  private static boolean isTrue(ConstantValue v) {
    return switch (v) {
      case null -> false;
      case ConstantValue.None n -> false;
      case ConstantValue.Bool b -> b.value();
      case ConstantValue.Ellipsis e -> true;
      case ConstantValue.Int i -> i.value().signum() != 0;
      case ConstantValue.Float f -> f.value() != 0.0;
      case ConstantValue.Complex c -> c.imag() != 0.0;
      case ConstantValue.Str str -> !str.value().isEmpty();
      case ConstantValue.Bytes b -> b.value().length > 0;
    };
  }

  // ---- reporting ----------------------------------------------------------------------------

  /** Reports at the node's column plus {@code past} plus pep8-naming's one. */
  private void report(Ast.Located node, int past, String code, String message) {
    int row = node.lineno();
    int column = AstRule.charColumn(file, row, node.colOffset()) + past + 1;
    found.computeIfAbsent(code, k -> new ArrayList<>()).add(new Finding(row, column, code, message));
  }
}
