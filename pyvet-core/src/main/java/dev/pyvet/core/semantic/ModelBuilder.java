package dev.pyvet.core.semantic;

import dev.pyvet.core.rules.pyflakes.format.DotFormatCheck;
import dev.pyvet.core.rules.pyflakes.format.Finding;
import dev.pyvet.core.rules.pyflakes.format.PercentFormatCheck;
import dev.pyvet.core.semantic.Binding.Kind;
import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.ast.PyRepr;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link SemanticModel} by walking a module the way pyflakes' checker does: the same
 * handlers, the same field order, function bodies and annotations deferred to after the module,
 * and the same bookkeeping of bindings. The order matters (which binding a read sees, what
 * counts as a redefinition), so the walk follows pyflakes step by step.
 *
 * <p>There is no recursion: pyflakes' nested calls become items on an explicit work stack. A
 * handler schedules its children and its later side effects (as {@link Runnable} steps) in
 * order; they run before anything scheduled earlier, exactly as the nested calls would. Each item
 * remembers pyflakes' node depth at the time it was scheduled, which parent-chain comparisons
 * (for if/try branches) depend on.
 */
final class ModelBuilder {

  private enum AnnotationState { NONE, STRING, BARE }

  private static final Set<String> TYPING_MODULES = Set.of("typing", "typing_extensions");

  /** A node to handle, with the parent it is handled under. */
  private record Handle(Ast.Node node, Ast.Node parent) {}

  /** A deferred function, with its own copy of the scope stack at the time it was deferred. */
  private record Deferred(Runnable action, ArrayList<Scope> scopeStack, int[] offset) {}

  private final Ast.Module root;
  private final boolean initFile;
  private final java.util.Collection<String> builtins;
  private final boolean withDoctest;
  // pyflakes' offset: added to the positions of nodes parsed from a doctest example
  private int[] offset;

  // The work stack, in parallel arrays (no object per entry, no type test to tell entries
  // apart): entry i is a step to run when workSteps[i] is set, else the node workNodes[i] to
  // handle under workParents[i]; workDepths[i] is pyflakes' node depth when it was scheduled.
  private Ast.Node[] workNodes = new Ast.Node[256];
  private Ast.Node[] workParents = new Ast.Node[256];
  private Runnable[] workSteps = new Runnable[256];
  private int[] workDepths = new int[256];
  private int workSize;
  private int nodeDepth;
  private final ChildCollector collector = new ChildCollector();
  private final NodeChecks.Report reporter = this::report;

  private ArrayList<Scope> scopeStack = new ArrayList<>();
  private final ArrayDeque<Deferred> deferred = new ArrayDeque<>();
  private final List<Scope> deadScopes = new ArrayList<>();
  private final List<Scope> allScopes = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();
  private final ArrayList<List<String>> exceptHandlers = new ArrayList<>();
  private AnnotationState inAnnotation = AnnotationState.NONE;
  /** The names imports of typing or typing_extensions (or of their members) bound so far. */
  private final Set<String> typingNames = new java.util.HashSet<>();
  /** pyflakes' _in_fstring: inside an f- or t-string (a format spec is an f-string too). */
  private boolean inFString;

  private final NodeTable info;
  private final IdentityHashMap<Ast.Node, int[]> positionOverride = new IdentityHashMap<>();
  // what name reads resolved to is kept in the node table; this holds only reads of names the
  // walk never handled (none are known), so bindingOf stays complete
  private final IdentityHashMap<Ast.Name, Binding> resolvedElsewhere = new IdentityHashMap<>();
  private final List<Binding> allBindings = new ArrayList<>();

  /** A finding, positioned once the walk is done; {@code name} lets a global retract it. */
  private record Message(String code, int line, int col, String text, String name) {}

  /** {@code expectedNodes} sizes the node tables (they grow when a module has more). */
  ModelBuilder(Ast.Module root, boolean initFile, java.util.Collection<String> builtins,
      boolean withDoctest, int expectedNodes) {
    this.root = root;
    this.withDoctest = withDoctest;
    this.info = new NodeTable(expectedNodes);
    this.initFile = initFile;
    this.builtins = builtins;
    exceptHandlers.add(List.of());
  }

  SemanticModel build() {
    Scope module = pushScope(Scope.Kind.MODULE, root);
    // distinct names into an empty scope: what addBinding would do, without its checks
    for (String b : builtins) {
      bind(module, new Binding(b, Kind.BUILTIN, null));
    }
    schedule(children(root, null));
    drain();
    runDeferred();
    popScope();
    checkDeadScopes();
    List<NameMessage> out = new ArrayList<>(messages.size());
    for (Message m : messages) {
      out.add(new NameMessage(m.code, m.line, m.col, m.text));
    }
    return new SemanticModel(module, List.copyOf(allScopes), out, info, resolvedElsewhere,
        allBindings);
  }

  // ---------------------------------------------------------------- the work stack

  /** Schedules {@code items} (Handles and Runnables) to run next, in order. */
  private void schedule(List<Object> items) {
    for (int i = items.size() - 1; i >= 0; i--) {
      push(items.get(i));
    }
  }

  private void push(Object item) {
    if (item instanceof Handle h) {
      pushNode(h.node, h.parent);
    } else {
      grow(1);
      workSteps[workSize] = (Runnable) item;
      workDepths[workSize++] = nodeDepth;
    }
  }

  private void pushNode(Ast.Node node, Ast.Node parent) {
    if (node == null) {
      return;
    }
    if (workSize == workNodes.length) {
      grow(1);
    }
    workNodes[workSize] = node;
    workParents[workSize] = parent;
    workDepths[workSize++] = nodeDepth;
  }

  /** Schedules {@code nodes} (nulls skipped) to be handled next, in order, under {@code parent}. */
  private void pushNodes(List<? extends Ast.Node> nodes, Ast.Node parent) {
    // pushNode's body inlined, with one capacity check: this runs for most nodes' children.
    // The parser's lists are ArrayLists: called through that class, size and get are bound
    // directly (and inlined by C1) instead of going through List's interface dispatch, which
    // sees many list classes here.
    ArrayList<? extends Ast.Node> array = nodes instanceof ArrayList<? extends Ast.Node> a ? a : null;
    int count = array != null ? array.size() : nodes.size();
    grow(count);
    int size = workSize;
    int depth = nodeDepth;
    for (int i = count - 1; i >= 0; i--) {
      Ast.Node node = array != null ? array.get(i) : nodes.get(i);
      if (node != null) {
        workNodes[size] = node;
        workParents[size] = parent;
        workDepths[size++] = depth;
      }
    }
    workSize = size;
  }

  /** Makes room for {@code more} entries on the work stack. */
  private void grow(int more) {
    if (workSize + more > workNodes.length) {
      int n = Math.max(workSize * 2, workSize + more);
      workNodes = Arrays.copyOf(workNodes, n);
      workParents = Arrays.copyOf(workParents, n);
      workSteps = Arrays.copyOf(workSteps, n);
      workDepths = Arrays.copyOf(workDepths, n);
    }
  }

  private void drain() {
    while (workSize > 0) {
      int i = --workSize;
      nodeDepth = workDepths[i];
      Runnable step = workSteps[i];
      if (step != null) {
        workSteps[i] = null;
        step.run();
      } else {
        Ast.Node node = workNodes[i];
        Ast.Node parent = workParents[i];
        workNodes[i] = null;
        workParents[i] = null;
        handleNode(node, parent);
      }
    }
  }

  private void deferFunction(Runnable action) {
    deferred.add(new Deferred(action, new ArrayList<>(scopeStack), offset));
  }

  private void runDeferred() {
    ArrayList<Scope> orig = scopeStack;
    int[] origOffset = offset;
    while (!deferred.isEmpty()) {
      Deferred d = deferred.poll();
      scopeStack = d.scopeStack;
      offset = d.offset;
      nodeDepth = 0;
      d.action.run();
      drain();
    }
    scopeStack = orig;
    offset = origOffset;
  }

  // ---------------------------------------------------------------- scopes and state

  private Scope scope() {
    return scopeStack.get(scopeStack.size() - 1);
  }

  private Scope pushScope(Scope.Kind kind, Ast.Node node) {
    Scope s = new Scope(kind, node, scopeStack.isEmpty() ? null : scope());
    scopeStack.add(s);
    allScopes.add(s);
    return s;
  }

  private void popScope() {
    deadScopes.add(scopeStack.remove(scopeStack.size() - 1));
  }

  private Runnable pushScopeStep(Scope.Kind kind, Ast.Node node) {
    return () -> pushScope(kind, node);
  }

  private Runnable popScopeStep() {
    return this::popScope;
  }

  /** Adds to {@code items} the steps of {@code with _enter_annotation(state): body}. */
  private void withAnnotation(List<Object> items, AnnotationState state, List<Object> body) {
    AnnotationState[] orig = new AnnotationState[1];
    items.add((Runnable) () -> {
      orig[0] = inAnnotation;
      inAnnotation = state;
    });
    items.addAll(body);
    items.add((Runnable) () -> inAnnotation = orig[0]);
  }

  private boolean futuresAllowed() {
    // asked for every statement of every function body: innermost scope first, no iterator
    for (int i = scopeStack.size() - 1; i >= 0; i--) {
      if (!scopeStack.get(i).isModuleLike()) {
        return false;
      }
    }
    return scope().futuresAllowed;
  }

  private void disallowFutures() {
    if (scope().isModuleLike()) {
      scope().futuresAllowed = false;
    }
  }

  private boolean annotationsFutureEnabled() {
    Scope s = scopeStack.get(0);
    return s.kind() == Scope.Kind.MODULE && s.annotationsFutureEnabled;
  }

  private boolean inPostponedAnnotation() {
    // Python 3.14's deferred evaluation of annotations is not modelled: the reference runs 3.13.
    return inAnnotation == AnnotationState.STRING
        || (inAnnotation == AnnotationState.BARE && annotationsFutureEnabled());
  }

  // ---------------------------------------------------------------- node bookkeeping

  private Ast.Node parentOf(Ast.Node node) {
    return info.parent(node);
  }

  /** pyflakes' getParent: the nearest ancestor that is not a tuple, list, set, starred or name. */
  private Ast.Node getParent(Ast.Node node) {
    Ast.Node n = node;
    while (true) {
      n = parentOf(n);
      if (n == null) {
        return null;
      }
      if (!hasEltsOrCtx(n)) {
        return n;
      }
    }
  }

  private static boolean hasEltsOrCtx(Ast.Node n) {
    return n instanceof Ast.Tuple || n instanceof Ast.List || n instanceof Ast.Set
        || n instanceof Ast.Starred || n instanceof Ast.Name || n instanceof Ast.Attribute
        || n instanceof Ast.Subscript;
  }

  private Ast.Node getCommonAncestor(Ast.Node lnode, Ast.Node rnode, Ast.Node stop) {
    Ast.Node l = lnode;
    Ast.Node r = rnode;
    while (true) {
      if (l == stop || r == stop) {
        return null;
      }
      if (!info.contains(l) || !info.contains(r)) {
        return null;
      }
      if (l == r) {
        return l;
      }
      int ld = info.depth(l);
      int rd = info.depth(r);
      if (ld > rd) {
        l = info.parent(l);
      } else if (ld < rd) {
        r = info.parent(r);
      } else {
        l = info.parent(l);
        r = info.parent(r);
      }
    }
  }

  private boolean descendantOf(Ast.Node node, List<? extends Ast.Node> ancestors, Ast.Node stop) {
    for (Ast.Node a : ancestors) {
      if (getCommonAncestor(node, a, stop) != null) {
        return true;
      }
    }
    return false;
  }

  /** The branches an if, try or match statement chooses between (null for other nodes). */
  private static List<List<? extends Ast.Node>> alternatives(Ast.Node n) {
    if (n instanceof Ast.If s) {
      return List.of(s.body());
    }
    if (n instanceof Ast.Try t) {
      List<List<? extends Ast.Node>> parts = new ArrayList<>();
      List<Ast.Node> first = new ArrayList<>(t.body());
      first.addAll(t.orelse());
      parts.add(first);
      for (Ast.ExceptHandlerNode h : t.handlers()) {
        parts.add(List.of(h));
      }
      return parts;
    }
    if (n instanceof Ast.Match m) {
      List<List<? extends Ast.Node>> parts = new ArrayList<>();
      for (Ast.MatchCase c : m.cases()) {
        parts.add(c.body());
      }
      return parts;
    }
    return null;
  }

  /** Whether the two nodes sit on different branches of an if, try or match. */
  private boolean differentForks(Ast.Node lnode, Ast.Node rnode) {
    Ast.Node ancestor = getCommonAncestor(lnode, rnode, root);
    List<List<? extends Ast.Node>> parts = alternatives(ancestor);
    if (parts != null) {
      for (List<? extends Ast.Node> items : parts) {
        if (descendantOf(lnode, items, ancestor) ^ descendantOf(rnode, items, ancestor)) {
          return true;
        }
      }
    }
    return false;
  }

  private int line(Ast.Node node) {
    int[] o = positionOverride.get(node);
    return o != null ? o[0] : ((Ast.Located) node).lineno();
  }

  private int col(Ast.Node node) {
    int[] o = positionOverride.get(node);
    return o != null ? o[1] : ((Ast.Located) node).colOffset();
  }

  private void report(String code, Ast.Node at, String text) {
    messages.add(new Message(code, line(at), col(at), text, null));
  }

  private static String repr(String s) {
    return PyRepr.str(s);
  }

  // ---------------------------------------------------------------- children in pyflakes' order

  private static final Set<String> TRY_OMIT = Set.of("body");
  private static final Set<String> VALUE = Set.of("value");
  private static final Set<String> VALUES = Set.of("values");
  private static final Set<String> ELTS = Set.of("elts");

  /**
   * Collects the child nodes of one node in pyflakes' order: the field named {@code iter}, else
   * {@code generators}, else {@code value}, goes first, then the others in CPython's field order;
   * fields in {@code omit} are skipped. Reused (the walk is single-threaded); the frequent node
   * classes do not come here, {@link #dispatch} schedules their children directly.
   */
  private static final class ChildCollector implements Ast.FieldVisitor {
    private String[] names = new String[8];
    private Object[] values = new Object[8];
    private int size;
    final ArrayList<Ast.Node> nodes = new ArrayList<>();

    void collect(Ast.Node node, Set<String> omit) {
      size = 0;
      nodes.clear();
      node.forEachField(this);
      int first = indexOf("iter");
      if (first < 0) {
        first = indexOf("generators");
      }
      if (first < 0) {
        first = indexOf("value");
      }
      if (first >= 0 && (omit == null || !omit.contains(names[first]))) {
        addNodesIn(values[first]);
      }
      for (int i = 0; i < size; i++) {
        if (i != first && (omit == null || !omit.contains(names[i]))) {
          addNodesIn(values[i]);
        }
      }
      Arrays.fill(values, 0, size, null);
    }

    private int indexOf(String name) {
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public void field(String name, Object value) {
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size++] = value;
    }

    // a loop, not AstChildren.forEachNodeIn: no lambda allocated per field under C1
    private void addNodesIn(Object value) {
      if (value instanceof Ast.Node n) {
        nodes.add(n);
      } else if (value instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Ast.Node n) {
            nodes.add(n);
          }
        }
      }
    }
  }

  /** Handles of the child nodes of {@code node}, in pyflakes' order, minus fields in {@code omit}. */
  private List<Object> children(Ast.Node node, Set<String> omit) {
    collector.collect(node, omit);
    List<Object> out = new ArrayList<>(collector.nodes.size());
    for (Ast.Node n : collector.nodes) {
      out.add(new Handle(n, node));
    }
    return out;
  }

  /** Schedules the children of {@code node} to be handled next (pyflakes' handleChildren). */
  private void handleChildren(Ast.Node node) {
    collector.collect(node, null);
    pushNodes(collector.nodes, node);
  }

  // ---------------------------------------------------------------- handleNode and dispatch

  private void handleNode(Ast.Node node, Ast.Node parent) {
    if (node == null) {
      return;
    }
    if (offset != null && (offset[0] != 0 || offset[1] != 0) && node instanceof Ast.Located) {
      // pyflakes moves the node (in place: a node handled twice moves twice)
      positionOverride.put(node, new int[] {line(node) + offset[0], col(node) + offset[1]});
    }
    if (nodeDepth == 0 && futuresAllowed() && !(node instanceof Ast.ImportFrom)
        && !isDocstring(node)) {
      disallowFutures();
    }
    nodeDepth++;
    info.put(node, parent, nodeDepth, scope());
    dispatch(node);
  }

  private static boolean isDocstring(Ast.Node node) {
    return node instanceof Ast.Expr e && e.value() instanceof Ast.Constant c
        && c.value() instanceof ConstantValue.Str;
  }

  /**
   * pyflakes' handler of {@code node}'s class. The most frequent classes come first, each by one
   * class compare, with their children scheduled directly (pyflakes' order: a {@code value}
   * field first); the others by a switch on the class name. Not a pattern switch over the node:
   * under the launcher's C1-only JIT that is an invokedynamic type switch (a ClassValue lookup,
   * then instanceof tests in turn) on every node.
   */
  private void dispatch(Ast.Node node) {
    if (node instanceof Ast.Name n) {
      name(n);
      return;
    }
    if (node instanceof Ast.Constant c) {
      constant(c);
      return;
    }
    if (node instanceof Ast.Attribute a) {
      pushNode(a.value(), a);
      return;
    }
    if (node instanceof Ast.Call c) {
      call(c);
      return;
    }
    if (node instanceof Ast.Expr e) {
      pushNode(e.value(), e);
      return;
    }
    if (node instanceof Ast.Assign a) {
      pushNodes(a.targets(), a);
      pushNode(a.value(), a);
      return;
    }
    switch (node.nodeName()) {
      case "arg" -> {
        Ast.Arg a = (Ast.Arg) node;
        addBinding(a, new Binding(a.arg(), Kind.ARGUMENT, getScopeNode(a)));
      }
      case "arguments" -> arguments((Ast.Arguments) node);
      case "keyword" -> pushNode(((Ast.Keyword) node).value(), node);
      case "Tuple" -> {
        Ast.Tuple t = (Ast.Tuple) node;
        if (t.ctx() == Ast.ExprContext.Store) {
          NodeChecks.starred(t, t.elts(), reporter);
        }
        pushNodes(t.elts(), t);
      }
      case "List" -> {
        Ast.List l = (Ast.List) node;
        if (l.ctx() == Ast.ExprContext.Store) {
          NodeChecks.starred(l, l.elts(), reporter);
        }
        pushNodes(l.elts(), l);
      }
      case "BinOp" -> {
        Ast.BinOp b = (Ast.BinOp) node;
        if (PercentFormatCheck.formatString(b) != null) {
          reportAll(b, PercentFormatCheck.findings(b));
        }
        pushNode(b.right(), b);
        pushNode(b.left(), b);
      }
      case "JoinedStr" -> {
        Ast.JoinedStr j = (Ast.JoinedStr) node;
        // the format spec of a field is an f-string of its own, without placeholders
        if (!inFString && !containsInstance(j.values(), Ast.FormattedValue.class)) {
          report("F541", j, "f-string is missing placeholders");
        }
        withinFString(j);
      }
      case "TemplateStr" -> {
        Ast.TemplateStr t = (Ast.TemplateStr) node;
        if (!containsInstance(t.values(), Ast.Interpolation.class)) {
          report("F542", t, "t-string is missing placeholders");
        }
        withinFString(t);
      }
      case "Subscript" -> subscript((Ast.Subscript) node);
      case "Dict" -> {
        Ast.Dict d = (Ast.Dict) node;
        NodeChecks.repeatedKeys(d, reporter);
        pushNodes(d.values(), d);
        pushNodes(d.keys(), d);
      }
      case "If" -> {
        Ast.If i = (Ast.If) node;
        NodeChecks.tupleTest(i, i.test(), reporter);
        pushNodes(i.orelse(), i);
        pushNodes(i.body(), i);
        pushNode(i.test(), i);
      }
      case "For" -> {
        Ast.For f = (Ast.For) node;
        pushNodes(f.orelse(), f);
        pushNodes(f.body(), f);
        pushNode(f.target(), f);
        pushNode(f.iter(), f);
      }
      case "comprehension" -> {
        Ast.Comprehension c = (Ast.Comprehension) node;
        pushNodes(c.ifs(), c);
        pushNode(c.target(), c);
        pushNode(c.iter(), c);
      }
      case "With" -> {
        Ast.With w = (Ast.With) node;
        pushNodes(w.body(), w);
        pushNodes(w.items(), w);
      }
      case "withitem" -> {
        Ast.WithItem w = (Ast.WithItem) node;
        pushNode(w.optionalVars(), w);
        pushNode(w.contextExpr(), w);
      }
      case "UnaryOp" -> pushNode(((Ast.UnaryOp) node).operand(), node);
      case "BoolOp" -> pushNodes(((Ast.BoolOp) node).values(), node);
      case "Starred" -> pushNode(((Ast.Starred) node).value(), node);
      case "FormattedValue" -> {
        Ast.FormattedValue f = (Ast.FormattedValue) node;
        pushNode(f.formatSpec(), f);
        pushNode(f.value(), f);
      }
      case "Slice" -> {
        Ast.Slice l = (Ast.Slice) node;
        pushNode(l.step(), l);
        pushNode(l.upper(), l);
        pushNode(l.lower(), l);
      }
      case "IfExp" -> {
        NodeChecks.tupleTest((Ast.IfExp) node, ((Ast.IfExp) node).test(), reporter);
        handleChildren(node);
      }
      case "Assert" -> {
        NodeChecks.tupleTest((Ast.Assert) node, ((Ast.Assert) node).test(), reporter);
        handleChildren(node);
      }
      case "Compare" -> {
        Ast.Compare c = (Ast.Compare) node;
        NodeChecks.isLiteral(c, reporter);
        pushNodes(c.comparators(), c);
        pushNode(c.left(), c);
      }
      case "Raise" -> {
        Ast.Raise r = (Ast.Raise) node;
        pushNode(r.cause(), r);
        pushNode(r.exc(), r);
        NodeChecks.raiseNotImplemented(r, reporter);
      }
      case "Pass" -> { }
      case "Continue" -> loopControl((Ast.Located) node, "F702", "'continue' not properly in loop");
      case "Break" -> loopControl((Ast.Located) node, "F701", "'break' outside loop");
      case "Global" -> global((Ast.StmtNode) node, ((Ast.Global) node).names());
      case "Nonlocal" -> global((Ast.StmtNode) node, ((Ast.Nonlocal) node).names());
      case "GeneratorExp", "ListComp", "SetComp", "DictComp" -> comprehension((Ast.ExprNode) node);
      case "Return" -> valueOutsideFunction(node, ((Ast.Return) node).value(),
          "F706", "'return' outside function");
      case "Yield" -> valueOutsideFunction(node, ((Ast.Yield) node).value(),
          "F704", "'yield' outside function");
      case "YieldFrom" -> valueOutsideFunction(node, ((Ast.YieldFrom) node).value(),
          "F704", "'yield' outside function");
      case "Await" -> valueOutsideFunction(node, ((Ast.Await) node).value(),
          "F704", "'yield' outside function");
      case "FunctionDef" -> {
        Ast.FunctionDef f = (Ast.FunctionDef) node;
        functionDef(f, f.name(), f.decoratorList(), f.typeParams());
      }
      case "AsyncFunctionDef" -> {
        Ast.AsyncFunctionDef f = (Ast.AsyncFunctionDef) node;
        functionDef(f, f.name(), f.decoratorList(), f.typeParams());
      }
      case "Lambda" -> {
        List<Object> items = new ArrayList<>();
        lambda(items, node);
        schedule(items);
      }
      case "ClassDef" -> classDef((Ast.ClassDef) node);
      case "AugAssign" -> {
        Ast.AugAssign a = (Ast.AugAssign) node;
        List<Object> items = new ArrayList<>();
        items.add((Runnable) () -> handleNodeLoad(a.target(), false));
        items.add(new Handle(a.value(), a));
        items.add(new Handle(a.target(), a));
        schedule(items);
      }
      case "Import" -> importStatement((Ast.Import) node);
      case "ImportFrom" -> importFrom((Ast.ImportFrom) node);
      case "Try" -> {
        Ast.Try t = (Ast.Try) node;
        tryStatement(t, t.body(), t.handlers());
      }
      case "TryStar" -> {
        Ast.TryStar t = (Ast.TryStar) node;
        tryStatement(t, t.body(), t.handlers());
      }
      case "ExceptHandler" -> exceptHandler((Ast.ExceptHandler) node);
      case "AnnAssign" -> annAssign((Ast.AnnAssign) node);
      case "MatchAs", "MatchMapping", "MatchStar" -> matchTarget((Ast.PatternNode) node);
      case "TypeVar" -> {
        Ast.TypeVar t = (Ast.TypeVar) node;
        handleNodeStore(t);
        List<Object> items = new ArrayList<>();
        annotationAlwaysDeferredStep(items, t.bound(), t);
        schedule(items);
      }
      case "ParamSpec", "TypeVarTuple" -> handleNodeStore(node);
      case "TypeAlias" -> typeAlias((Ast.TypeAlias) node);
      default -> handleChildren(node);
    }
  }

  /** Schedules the children of an f- or t-string, handled as inside one. */
  private void withinFString(Ast.Node node) {
    boolean orig = inFString;
    inFString = true;
    push((Runnable) () -> inFString = orig);
    handleChildren(node);
  }

  private static boolean containsInstance(List<? extends Ast.Node> nodes, Class<?> type) {
    for (Ast.Node n : nodes) {
      if (type.isInstance(n)) {
        return true;
      }
    }
    return false;
  }

  private void reportAll(Ast.Node node, List<Finding> findings) {
    for (Finding f : findings) {
      report(f.code(), node, f.message());
    }
  }

  /** pyflakes' ARGUMENTS: the parameters in field order; defaults are handled by LAMBDA. */
  private void arguments(Ast.Arguments a) {
    pushNode(a.kwarg(), a);
    pushNodes(a.kwonlyargs(), a);
    pushNode(a.vararg(), a);
    pushNodes(a.args(), a);
    pushNodes(a.posonlyargs(), a);
  }

  /**
   * pyflakes' CONTINUE and BREAK: fine inside a loop's body (not its else), up to the nearest
   * def or class (but not async def), as the parents the walk recorded show.
   */
  private void loopControl(Ast.Located node, String code, String message) {
    Ast.Node child = node;
    for (Ast.Node n = parentOf(node); n != null; child = n, n = parentOf(n)) {
      List<Ast.StmtNode> orelse = n instanceof Ast.While w ? w.orelse()
          : n instanceof Ast.For f ? f.orelse()
          : n instanceof Ast.AsyncFor f ? f.orelse()
          : null;
      if (orelse != null && !containsSame(orelse, child)) {
        return;
      }
      if (n instanceof Ast.FunctionDef || n instanceof Ast.ClassDef) {
        break;
      }
    }
    report(code, node, message);
  }

  private static boolean containsSame(List<? extends Ast.Node> nodes, Ast.Node node) {
    for (Ast.Node n : nodes) {
      if (n == node) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- bindings

  private void addBinding(Ast.Node node, Binding value) {
    String name = value.name();
    // one lookup per scope: a scope's table holds no null values, so a hit is the binding
    Scope current = scope();
    Scope scope = current;
    Binding existing = null;
    for (int i = scopeStack.size() - 1; i >= 0; i--) {
      scope = scopeStack.get(i);
      existing = scope.lookup(name);
      if (existing != null) {
        break;
      }
    }
    if (existing != null && existing.kind() != Kind.BUILTIN
        && !differentForks(node, existing.source())) {
      Ast.Node parentStmt = getParent(value.source());
      if (existing.isImportation() && isFor(parentStmt)) {
        report("F402", node, "import " + repr(name) + " from line " + line(existing.source())
            + " shadowed by loop variable");
      } else if (scope == current) {
        if (!existing.used && value.redefines(existing)
            && (!name.equals("_") || existing.isImportation())
            && !isTypingOverload(existing)) {
          report("F811", node, "redefinition of unused " + repr(name) + " from line "
              + line(existing.source()));
        }
        if (scope.indirectAssignments != null) {
          scope.indirectAssignments.remove(name);
        }
      } else if (existing.isImportation() && value.redefines(existing)) {
        if (existing.redefinedBy.isEmpty()) {
          existing.redefinedBy = new ArrayList<>(2);
        }
        existing.redefinedBy.add(node);
      }
    }
    // the search above starts in the current scope: its hit there is the current binding
    Binding old = scope == current ? existing : null;
    if (old != null) {
      // a rebound name is assumed used as before (a global, or a loop's next iteration)
      value.copyUse(old);
    }
    if (old == null || value.kind() != Kind.ANNOTATION) {
      if (value.kind() == Kind.NAMED_EXPR_ASSIGNMENT) {
        // PEP 572: the target binds in the scope that holds the outermost comprehension
        Scope target = null;
        for (int i = scopeStack.size() - 1; i >= 0; i--) {
          if (scopeStack.get(i).kind() != Scope.Kind.GENERATOR) {
            target = scopeStack.get(i);
            break;
          }
        }
        Binding there = target.lookup(name);
        if (there != null && there.kind() == Kind.ANNOTATION) {
          bind(target, value);
        } else if (there == null) {
          bind(target, value);
        }
      } else {
        bind(current, value);
      }
    }
  }

  private void bind(Scope scope, Binding value) {
    if (value.isImportation()
        && (value.module != null && TYPING_MODULES.contains(value.module)
            || value.fullName != null && TYPING_MODULES.contains(value.fullName))) {
      typingNames.add(value.name());
    }
    value.scope = scope;
    scope.table.put(value.name(), value);
    scope.everBound.add(value);
    if (value.kind() != Kind.BUILTIN) {
      allBindings.add(value);
    }
  }

  private static boolean isFor(Ast.Node n) {
    return n instanceof Ast.For || n instanceof Ast.AsyncFor;
  }

  private Ast.Node getScopeNode(Ast.Node node) {
    Ast.Node p = node;
    while (true) {
      if (p == root) {
        return null;
      }
      p = parentOf(p);
      if (p == null) {
        return null;
      }
      if (p instanceof Ast.Module || p instanceof Ast.ClassDef || p instanceof Ast.FunctionDef
          || p instanceof Ast.AsyncFunctionDef || p instanceof Ast.Lambda
          || p instanceof Ast.ListComp || p instanceof Ast.SetComp
          || p instanceof Ast.GeneratorExp || p instanceof Ast.DictComp) {
        return p;
      }
    }
  }

  /** pyflakes' getNodeName: a Name's id, else a name attribute, else a mapping pattern's rest. */
  private static String nodeName(Ast.Node node) {
    if (node instanceof Ast.Name n) {
      // nearly always a Name: no type switch (an invokedynamic call under C1) for it
      return n.id();
    }
    return switch (node) {
      case Ast.Name n -> n.id();
      case Ast.ExceptHandler h -> h.name();
      case Ast.MatchAs m -> m.name();
      case Ast.MatchStar m -> m.name();
      case Ast.MatchMapping m -> m.rest();
      case Ast.TypeVar t -> t.name();
      case Ast.ParamSpec p -> p.name();
      case Ast.TypeVarTuple t -> t.name();
      case Ast.FunctionDef f -> f.name();
      case Ast.AsyncFunctionDef f -> f.name();
      case Ast.ClassDef c -> c.name();
      case Ast.Alias a -> a.name();
      default -> null;
    };
  }

  /**
   * pyflakes' handleNodeLoad; {@code fromName} when a Name node is read (not an augmented
   * assignment's target), the only case where its parent can be a {@code >>}.
   */
  private static final byte CLASS_VARS_UNDECIDED = 0;
  private static final byte CLASS_VARS_VISIBLE = 1;
  private static final byte CLASS_VARS_HIDDEN = 2;

  private void handleNodeLoad(Ast.Node node, boolean fromName) {
    String name = nodeName(node);
    if (name == null) {
      return;
    }
    // pyflakes' can_access_class_vars, None until the first scope without the name decides it:
    // a tri-state without boxing, as this runs for every scope on the stack for every read
    byte classVars = CLASS_VARS_UNDECIDED;
    boolean importStarred = false;
    Scope current = scope();
    for (int i = scopeStack.size() - 1; i >= 0; i--) {
      Scope scope = scopeStack.get(i);
      if (scope.kind() == Scope.Kind.CLASS) {
        if (name.equals("__class__")) {
          return;
        } else if (classVars == CLASS_VARS_HIDDEN) {
          continue;
        }
      }
      Binding binding = scope.lookup(name);
      if (binding != null && binding.kind() == Kind.ANNOTATION && !inPostponedAnnotation()) {
        binding.markUsed(current, node);
        continue;
      }
      if (binding != null && binding.kind() == Kind.BUILTIN && fromName && name.equals("print")
          && getParent(node) instanceof Ast.BinOp b && b.op() == Ast.OperatorKind.RShift) {
        report("F633", node, "use of >> is invalid with print function");
      }
      if (binding != null) {
        binding.markUsed(current, node);
        if (node instanceof Ast.Name n && !info.resolve(n, binding)) {
          resolvedElsewhere.put(n, binding);
        }
        if (binding.isImportation() && binding.hasAlias()) {
          Binding full = scope.lookup(binding.fullName);
          if (full != null) {
            full.markUsed(current, node);
          }
        }
        return;
      }
      importStarred = importStarred || scope.importStarred;
      if (classVars != CLASS_VARS_HIDDEN) {
        classVars = scope.kind() == Scope.Kind.TYPE || scope.kind() == Scope.Kind.GENERATOR
            ? CLASS_VARS_VISIBLE : CLASS_VARS_HIDDEN;
      }
    }
    if (importStarred) {
      List<String> fromList = new ArrayList<>();
      for (int i = scopeStack.size() - 1; i >= 0; i--) {
        for (Binding b : scopeStack.get(i).table.values()) {
          if (b.kind() == Kind.STAR_IMPORT) {
            b.markUsed(current, node);
            fromList.add(b.fullName);
          }
        }
      }
      fromList.sort(null);
      report("F405", node, repr(name) + " may be undefined, or defined from star imports: "
          + String.join(", ", fromList));
      return;
    }
    if (name.equals("__path__") && initFile) {
      return;
    }
    if (Builtins.CLASS_BODY_MAGIC.contains(name) && current.kind() == Scope.Kind.CLASS) {
      return;
    }
    if (!exceptHandlers.get(exceptHandlers.size() - 1).contains("NameError")) {
      messages.add(new Message("F821", line(node), col(node), "undefined name " + repr(name),
          name));
    }
  }

  private void handleNodeStore(Ast.Node node) {
    String name = nodeName(node);
    if (name == null) {
      return;
    }
    Scope current = scope();
    if (current.kind() == Scope.Kind.FUNCTION && !current.contains(name)) {
      for (int i = 0; i < scopeStack.size() - 1; i++) {
        Scope scope = scopeStack.get(i);
        if (scope.kind() != Scope.Kind.FUNCTION && !scope.isModuleLike()) {
          continue;
        }
        Binding b = scope.lookup(name);
        if (b != null && b.used && b.usedScope == current && !current.isGlobal(name)) {
          String text = b.source() == null
              ? "local variable " + repr(name) + " defined as a builtin referenced before assignment"
              : "local variable " + repr(name) + " defined in enclosing scope on line "
                  + line(b.source()) + " referenced before assignment";
          report("F823", b.usedNode, text);
          break;
        }
      }
    }
    Ast.Node parentStmt = getParent(node);
    Ast.Node directParent = parentOf(node);
    Binding binding;
    if (parentStmt instanceof Ast.AnnAssign a && a.value() == null) {
      binding = new Binding(name, Kind.ANNOTATION, node);
    } else if (isFor(parentStmt) || parentStmt instanceof Ast.Comprehension
        || (parentStmt != directParent && !isLiteralTupleUnpacking(parentStmt))) {
      binding = new Binding(name, Kind.BINDING, node);
    } else if (name.equals("__all__") && current.isModuleLike()
        && (directParent instanceof Ast.Assign || directParent instanceof Ast.AugAssign
            || directParent instanceof Ast.AnnAssign)) {
      binding = new Binding(name, Kind.EXPORT, directParent, name, null, null,
          exportNames(directParent, current));
    } else if (parentStmt instanceof Ast.NamedExpr) {
      binding = new Binding(name, Kind.NAMED_EXPR_ASSIGNMENT, node);
    } else {
      binding = new Binding(name, Kind.ASSIGNMENT, node);
    }
    addBinding(node, binding);
  }

  private static boolean isLiteralTupleUnpacking(Ast.Node node) {
    if (node instanceof Ast.Assign a) {
      for (Ast.ExprNode t : a.targets()) {
        if (!hasElts(t)) {
          return false;
        }
      }
      return hasElts(a.value());
    }
    return false;
  }

  private static boolean hasElts(Ast.Node n) {
    return n instanceof Ast.Tuple || n instanceof Ast.List || n instanceof Ast.Set;
  }

  /** The names an {@code __all__} assignment lists, as pyflakes collects them. */
  private static List<String> exportNames(Ast.Node source, Scope scope) {
    List<String> names = new ArrayList<>();
    Binding previous = scope.lookup("__all__");
    if (previous != null && source instanceof Ast.AugAssign && previous.exportedNames != null) {
      names.addAll(previous.exportedNames);
    }
    Ast.ExprNode value = switch (source) {
      case Ast.Assign a -> a.value();
      case Ast.AugAssign a -> a.value();
      case Ast.AnnAssign a -> a.value();
      default -> null;
    };
    if (hasListOrTupleElts(value)) {
      addStrings(names, value);
    } else if (value instanceof Ast.BinOp bin) {
      Ast.BinOp current = bin;
      while (hasListOrTupleElts(current.right())) {
        Ast.ExprNode left = current.left();
        addStrings(names, current.right());
        if (left instanceof Ast.BinOp l) {
          current = l;
        } else if (hasListOrTupleElts(left)) {
          addStrings(names, left);
          break;
        } else {
          break;
        }
      }
    }
    return names;
  }

  private static boolean hasListOrTupleElts(Ast.Node n) {
    return n instanceof Ast.List || n instanceof Ast.Tuple;
  }

  private static void addStrings(List<String> names, Ast.ExprNode container) {
    List<Ast.ExprNode> elts = container instanceof Ast.List l ? l.elts() : ((Ast.Tuple) container).elts();
    for (Ast.ExprNode e : elts) {
      if (e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s) {
        names.add(s.value());
      }
    }
  }

  private void handleNodeDelete(Ast.Node node) {
    String name = nodeName(node);
    if (name == null) {
      return;
    }
    for (Ast.Node p = parentOf(node); p != null; p = parentOf(p)) {
      if (p instanceof Ast.If || p instanceof Ast.While || p instanceof Ast.IfExp) {
        // the branch may not run: the name's state afterwards is unknown
        return;
      }
    }
    Scope current = scope();
    if (current.indirectAssignments != null) {
      current.indirectAssignments.remove(name);
    }
    if (current.kind() == Scope.Kind.FUNCTION && current.isGlobal(name)) {
      current.removeGlobal(name);
    } else if (current.table.remove(name) == null) {
      messages.add(new Message("F821", line(node), col(node), "undefined name " + repr(name),
          name));
    }
  }

  // ---------------------------------------------------------------- typing helpers

  private Binding innermost(String name) {
    for (int i = scopeStack.size() - 1; i >= 0; i--) {
      Binding b = scopeStack.get(i).lookup(name);
      if (b != null) {
        return b;
      }
    }
    return null;
  }

  /** Whether {@code node} names the member {@code attr} of typing or typing_extensions. */
  private boolean isTyping(Ast.Node node, String attr) {
    return attr.equals(typingMember(node));
  }

  /**
   * The member of typing or typing_extensions that {@code node} names ({@code cast} for
   * {@code from typing import cast as c; c} or {@code typing.cast}), or null.
   */
  private String typingMember(Ast.Node node) {
    // a name no typing import ever bound names nothing of typing: spares a lookup in every
    // scope around for most calls and subscripts
    if (node instanceof Ast.Name n) {
      if (!typingNames.contains(n.id())) {
        return null;
      }
      Binding b = innermost(n.id());
      return b != null && (b.kind() == Kind.IMPORT_FROM || b.kind() == Kind.FUTURE_IMPORT)
          && TYPING_MODULES.contains(b.module) ? b.realName : null;
    }
    if (node instanceof Ast.Attribute a && a.value() instanceof Ast.Name n) {
      if (!typingNames.contains(n.id())) {
        return null;
      }
      Binding b = innermost(n.id());
      return b != null && b.isImportation() && TYPING_MODULES.contains(b.fullName) ? a.attr() : null;
    }
    return null;
  }

  private boolean isTypingOverload(Binding value) {
    List<Ast.ExprNode> decorators = switch (value.source()) {
      case Ast.FunctionDef f -> f.decoratorList();
      case Ast.AsyncFunctionDef f -> f.decoratorList();
      case null, default -> null;
    };
    if (decorators != null) {
      for (Ast.ExprNode d : decorators) {
        if (isTyping(d, "overload")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNameOrAttr(Ast.Node node, String name) {
    return (node instanceof Ast.Name n && n.id().equals(name))
        || (node instanceof Ast.Attribute a && a.attr().equals(name));
  }

  // ---------------------------------------------------------------- annotations

  private void annotationAlwaysDeferredStep(List<Object> items, Ast.Node annotation, Ast.Node parent) {
    items.add((Runnable) () -> deferFunction(() -> {
      List<Object> steps = new ArrayList<>();
      withAnnotation(steps, AnnotationState.BARE, List.of(new Handle(annotation, parent)));
      schedule(steps);
    }));
  }

  /** Adds the steps of pyflakes' handleAnnotation(annotation, node). */
  private void handleAnnotation(List<Object> items, Ast.ExprNode annotation, Ast.Node node) {
    List<Object> body = new ArrayList<>();
    body.add((Runnable) () -> {
      if (annotation instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s) {
        int l = line(c);
        int co = col(c);
        deferFunction(() -> handleStringAnnotation(s.value(), node, l, co));
      } else if (annotationsFutureEnabled()) {
        List<Object> steps = new ArrayList<>();
        annotationAlwaysDeferredStep(steps, annotation, node);
        schedule(steps);
      } else {
        push(new Handle(annotation, node));
      }
    });
    withAnnotation(items, AnnotationState.BARE, body);
  }

  private void handleStringAnnotation(String s, Ast.Node node, int refLine, int refCol) {
    List<Object> body = new ArrayList<>();
    body.add((Runnable) () -> {
      ParseResult parsed = Parser.parse(SourceText.of(s), 13);
      Ast.Module tree = parsed.module();
      if (tree == null || tree.body().size() != 1 || !(tree.body().get(0) instanceof Ast.Expr e)) {
        report("F722", node, "syntax error in forward annotation " + repr(s));
        return;
      }
      int[] pos = {refLine, refCol};
      relocate(e.value(), pos);
      push(new Handle(e.value(), node));
    });
    List<Object> items = new ArrayList<>();
    withAnnotation(items, AnnotationState.STRING, body);
    schedule(items);
  }

  /** Gives every node of a parsed string annotation the position of the string. */
  private void relocate(Ast.Node top, int[] pos) {
    ArrayDeque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(top);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Located) {
        positionOverride.put(n, pos);
      }
      AstChildren.push(n, stack);
    }
  }

  private void constant(Ast.Constant c) {
    if (c.value() instanceof ConstantValue.Str s && inAnnotation != AnnotationState.NONE) {
      int l = line(c);
      int co = col(c);
      deferFunction(() -> handleStringAnnotation(s.value(), c, l, co));
    }
  }

  // ---------------------------------------------------------------- handlers

  private void subscript(Ast.Subscript node) {
    List<Object> items = new ArrayList<>(4);
    if (isNameOrAttr(node.value(), "Literal")) {
      withAnnotation(items, AnnotationState.NONE, children(node, null));
    } else if (isNameOrAttr(node.value(), "Annotated")) {
      items.add(new Handle(node.value(), node));
      if (node.slice() instanceof Ast.Tuple t && t.elts().size() >= 2) {
        items.add(new Handle(t.elts().get(0), node));
        List<Object> rest = new ArrayList<>();
        for (Ast.ExprNode e : t.elts().subList(1, t.elts().size())) {
          rest.add(new Handle(e, node));
        }
        withAnnotation(items, AnnotationState.NONE, rest);
      } else {
        items.add(new Handle(node.slice(), node));
      }
    } else if (typingMember(node.value()) != null) {
      withAnnotation(items, AnnotationState.BARE, children(node, null));
    } else {
      pushNode(node.slice(), node);
      pushNode(node.value(), node);
      return;
    }
    schedule(items);
  }

  private void call(Ast.Call node) {
    if (DotFormatCheck.formatString(node) != null) {
      reportAll(node, DotFormatCheck.findings(node));
    }
    String member = typingMember(node.func());
    if (member == null) {
      pushNodes(node.keywords(), node);
      pushNodes(node.args(), node);
      pushNode(node.func(), node);
      return;
    }
    List<Object> items = new ArrayList<>();
    Set<String> omit = new java.util.HashSet<>();
    List<Ast.Node> annotated = new ArrayList<>();
    List<Object[]> notAnnotated = new ArrayList<>();
    if (member.equals("cast") && !node.args().isEmpty()) {
      withAnnotation(items, AnnotationState.BARE, List.of(new Handle(node.args().get(0), node)));
    } else if (member.equals("TypeVar")) {
      omit.add("args");
      annotated.addAll(node.args().subList(Math.min(1, node.args().size()), node.args().size()));
      omit.add("keywords");
      for (Ast.Keyword k : node.keywords()) {
        if ("bound".equals(k.arg())) {
          annotated.add(k.value());
        }
      }
      for (Ast.Keyword k : node.keywords()) {
        notAnnotated.add(new Object[] {k, "bound".equals(k.arg()) ? VALUE : null});
      }
    } else if (member.equals("TypedDict")) {
      if (node.args().size() > 1 && node.args().get(1) instanceof Ast.Dict d) {
        omit.add("args");
        annotated.addAll(d.values());
        for (int i = 0; i < node.args().size(); i++) {
          notAnnotated.add(new Object[] {node.args().get(i), i == 1 ? VALUES : null});
        }
      }
      omit.add("keywords");
      for (Ast.Keyword k : node.keywords()) {
        annotated.add(k.value());
      }
      for (Ast.Keyword k : node.keywords()) {
        notAnnotated.add(new Object[] {k, VALUE});
      }
    } else if (member.equals("NamedTuple")) {
      if (node.args().size() > 1 && eltsOf(node.args().get(1)) != null
          && eltsOf(node.args().get(1)).stream()
              .allMatch(x -> eltsOf(x) != null && eltsOf(x).size() == 2)) {
        omit.add("args");
        List<Ast.ExprNode> fields = eltsOf(node.args().get(1));
        for (Ast.ExprNode f : fields) {
          annotated.add(eltsOf(f).get(1));
        }
        for (Ast.ExprNode f : fields) {
          notAnnotated.add(new Object[] {eltsOf(f).get(0), null});
        }
        for (int i = 0; i < node.args().size(); i++) {
          notAnnotated.add(new Object[] {node.args().get(i), i == 1 ? ELTS : null});
        }
        for (Ast.ExprNode f : fields) {
          notAnnotated.add(new Object[] {f, ELTS});
        }
      }
      omit.add("keywords");
      for (Ast.Keyword k : node.keywords()) {
        annotated.add(k.value());
      }
      for (Ast.Keyword k : node.keywords()) {
        notAnnotated.add(new Object[] {k, VALUE});
      }
    }
    if (!omit.isEmpty()) {
      List<Object> plain = new ArrayList<>();
      for (Object[] na : notAnnotated) {
        @SuppressWarnings("unchecked")
        Set<String> naOmit = (Set<String>) na[1];
        plain.addAll(children((Ast.Node) na[0], naOmit));
      }
      plain.addAll(children(node, omit));
      withAnnotation(items, AnnotationState.NONE, plain);
      List<Object> ann = new ArrayList<>();
      for (Ast.Node a : annotated) {
        ann.add(new Handle(a, node));
      }
      withAnnotation(items, AnnotationState.BARE, ann);
    } else {
      items.addAll(children(node, null));
    }
    schedule(items);
  }

  private static List<Ast.ExprNode> eltsOf(Ast.Node n) {
    return n instanceof Ast.Tuple t ? t.elts() : n instanceof Ast.List l ? l.elts() : null;
  }

  private void global(Ast.StmtNode node, List<String> names) {
    int globalIndex = inDoctest() ? 1 : 0;
    Scope globalScope = scopeStack.get(globalIndex);
    Scope current = scope();
    if (current == globalScope) {
      return;
    }
    for (String name : names) {
      Binding value = new Binding(name, Kind.ASSIGNMENT, node);
      // a name declared global here may be bound by this function: forget it was undefined
      messages.removeIf(m -> "F821".equals(m.code) && name.equals(m.name));
      if (!globalScope.contains(name)) {
        bind(globalScope, value);
      }
      value.markUsed(globalScope, null);
      value.usedNode = node;
      for (int i = globalIndex + 1; i < scopeStack.size(); i++) {
        Scope s = scopeStack.get(i);
        s.table.put(name, value);
        s.everBound.add(value);
      }
      current.declareIndirect(name, node);
    }
  }

  private void comprehension(Ast.ExprNode node) {
    List<Object> items = new ArrayList<>();
    items.add(pushScopeStep(Scope.Kind.GENERATOR, node));
    items.addAll(children(node, null));
    items.add(popScopeStep());
    schedule(items);
  }

  private void name(Ast.Name node) {
    switch (node.ctx()) {
      case Load -> {
        handleNodeLoad(node, true);
        if (node.id().equals("locals") && scope().kind() == Scope.Kind.FUNCTION
            && parentOf(node) instanceof Ast.Call) {
          scope().usesLocals = true;
        }
      }
      case Store -> handleNodeStore(node);
      case Del -> handleNodeDelete(node);
    }
  }

  /** pyflakes' RETURN, YIELD, YIELDFROM and AWAIT. */
  private void valueOutsideFunction(Ast.Node node, Ast.ExprNode value, String code,
      String message) {
    Scope.Kind k = scope().kind();
    if (k == Scope.Kind.CLASS || scope().isModuleLike()) {
      // pyflakes reports the statement and looks no further into it
      report(code, node, message);
      return;
    }
    pushNode(value, node);
  }

  private void functionDef(Ast.StmtNode node, String name, List<Ast.ExprNode> decorators,
      List<Ast.TypeParamNode> typeParams) {
    List<Object> items = new ArrayList<>();
    for (Ast.ExprNode d : decorators) {
      items.add(new Handle(d, node));
    }
    List<Object> inner = new ArrayList<>();
    lambda(inner, node);
    typeParamScope(items, node, typeParams, inner);
    items.add((Runnable) () -> {
      addBinding(node, new Binding(name, Kind.FUNCTION, node));
      // doctests of module-level and class-level functions only, not within doctests
      if (withDoctest && !inDoctest() && scope().kind() != Scope.Kind.FUNCTION) {
        deferFunction(() -> handleDoctests(node, functionBody(node)));
      }
    });
    schedule(items);
  }

  private void typeParamScope(List<Object> items, Ast.Node node, List<Ast.TypeParamNode> params,
      List<Object> inner) {
    items.add(pushScopeStep(Scope.Kind.TYPE, node));
    for (Ast.TypeParamNode p : params) {
      items.add(new Handle(p, node));
    }
    items.addAll(inner);
    items.add(popScopeStep());
  }

  /** pyflakes' LAMBDA (shared by functions): arguments, annotations, defaults, deferred body. */
  private void lambda(List<Object> items, Ast.Node node) {
    Ast.Arguments args;
    Ast.ExprNode returns = null;
    boolean hasAnnotations = !(node instanceof Ast.Lambda);
    switch (node) {
      case Ast.FunctionDef f -> {
        args = f.args();
        returns = f.returns();
      }
      case Ast.AsyncFunctionDef f -> {
        args = f.args();
        returns = f.returns();
      }
      case Ast.Lambda l -> args = l.args();
      default -> throw new IllegalArgumentException(node.nodeName());
    }
    int count = args.posonlyargs().size() + args.args().size() + args.kwonlyargs().size() + 3;
    List<String> names = new ArrayList<>(count);
    List<Ast.ExprNode> annotations = new ArrayList<>(count);
    for (Ast.Arg a : args.posonlyargs()) {
      names.add(a.arg());
      annotations.add(a.annotation());
    }
    for (Ast.Arg a : args.args()) {
      names.add(a.arg());
      annotations.add(a.annotation());
    }
    for (Ast.Arg a : args.kwonlyargs()) {
      names.add(a.arg());
      annotations.add(a.annotation());
    }
    for (Ast.Arg a : new Ast.Arg[] {args.vararg(), args.kwarg()}) {
      if (a == null) {
        continue;
      }
      names.add(a.arg());
      if (hasAnnotations) {
        annotations.add(a.annotation());
      }
    }
    if (hasAnnotations) {
      annotations.add(returns);
    }
    items.add((Runnable) () -> {
      for (int i = 1; i < names.size(); i++) {
        if (appearsBefore(names, i)) {
          report("F831", node, "duplicate argument " + repr(names.get(i))
              + " in function definition");
        }
      }
    });
    for (Ast.ExprNode a : annotations) {
      if (a != null) {
        handleAnnotation(items, a, node);
      }
    }
    for (Ast.ExprNode d : args.defaults()) {
      items.add(new Handle(d, node));
    }
    for (Ast.ExprNode d : args.kwDefaults()) {
      if (d != null) {
        items.add(new Handle(d, node));
      }
    }
    // the body: the arguments and the statements (or a lambda's expression), in a new scope
    List<? extends Ast.Node> body = switch (node) {
      case Ast.FunctionDef f -> f.body();
      case Ast.AsyncFunctionDef f -> f.body();
      default -> List.of(((Ast.Lambda) node).body());
    };
    items.add((Runnable) () -> deferFunction(() -> {
      push(popScopeStep());
      pushNodes(body, node);
      pushNode(args, node);
      pushScope(Scope.Kind.FUNCTION, node);
    }));
  }

  private static boolean appearsBefore(List<String> names, int i) {
    String name = names.get(i);
    for (int j = 0; j < i; j++) {
      if (names.get(j).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void classDef(Ast.ClassDef node) {
    List<Object> items = new ArrayList<>();
    for (Ast.ExprNode d : node.decoratorList()) {
      items.add(new Handle(d, node));
    }
    List<Object> inner = new ArrayList<>();
    for (Ast.ExprNode b : node.bases()) {
      inner.add(new Handle(b, node));
    }
    for (Ast.Keyword k : node.keywords()) {
      inner.add(new Handle(k, node));
    }
    inner.add(pushScopeStep(Scope.Kind.CLASS, node));
    inner.add((Runnable) () -> {
      if (withDoctest && !inDoctest() && scope().kind() != Scope.Kind.FUNCTION) {
        deferFunction(() -> handleDoctests(node, node.body()));
      }
    });
    for (Ast.StmtNode s : node.body()) {
      inner.add(new Handle(s, node));
    }
    inner.add(popScopeStep());
    typeParamScope(items, node, node.typeParams(), inner);
    items.add((Runnable) () -> addBinding(node, new Binding(node.name(), Kind.CLASS, node)));
    schedule(items);
  }

  private void importStatement(Ast.Import node) {
    for (Ast.Alias alias : node.names()) {
      Binding b;
      if (alias.name().contains(".") && alias.asname() == null) {
        String pkg = alias.name().substring(0, alias.name().indexOf('.'));
        b = new Binding(pkg, Kind.SUBMODULE_IMPORT, node, alias.name(), null, null, null);
      } else {
        String name = alias.asname() != null ? alias.asname() : alias.name();
        b = new Binding(name, Kind.IMPORT, node, alias.name(), null, null, null);
      }
      addBinding(node, b);
    }
  }

  private void importFrom(Ast.ImportFrom node) {
    boolean future = "__future__".equals(node.module());
    if (future) {
      if (!futuresAllowed()) {
        report("F404", node, "from __future__ imports must occur at the beginning of the file");
      }
    } else {
      disallowFutures();
    }
    String module = ".".repeat(node.level()) + (node.module() == null ? "" : node.module());
    for (Ast.Alias alias : node.names()) {
      String name = alias.asname() != null ? alias.asname() : alias.name();
      Binding b;
      if (future) {
        b = fromImport(name, Kind.FUTURE_IMPORT, node, module, alias.name());
        b.markUsed(scope(), null);
        b.usedNode = node;
        if (!Builtins.FUTURE_FEATURES.contains(alias.name())) {
          report("F407", node, "future feature " + alias.name() + " is not defined");
        }
        if (alias.name().equals("annotations") && scope().isModuleLike()) {
          scope().annotationsFutureEnabled = true;
        }
      } else if (alias.name().equals("*")) {
        if (!scope().isModuleLike()) {
          report("F406", node, "'from " + module + " import *' only allowed at module level");
          continue;
        }
        scope().importStarred = true;
        report("F403", node, "'from " + module + " import *' used; unable to detect undefined names");
        b = new Binding(module + ".*", Kind.STAR_IMPORT, node, module, module, "*", null);
      } else {
        b = fromImport(name, Kind.IMPORT_FROM, node, module, alias.name());
      }
      addBinding(node, b);
    }
  }

  private static Binding fromImport(String name, Kind kind, Ast.Node node, String module,
      String realName) {
    String fullName = module.endsWith(".") ? module + realName : module + "." + realName;
    return new Binding(name, kind, node, fullName, module, realName, null);
  }

  private void tryStatement(Ast.StmtNode node, List<Ast.StmtNode> body,
      List<Ast.ExceptHandlerNode> handlers) {
    List<String> handlerNames = new ArrayList<>();
    for (Ast.ExceptHandlerNode h : handlers) {
      Ast.ExprNode type = ((Ast.ExceptHandler) h).type();
      if (type instanceof Ast.Tuple t) {
        for (Ast.ExprNode e : t.elts()) {
          handlerNames.add(nodeName(e));
        }
      } else if (type != null) {
        handlerNames.add(nodeName(type));
      }
    }
    NodeChecks.defaultExceptNotLast(handlers, reporter);
    List<Object> items = new ArrayList<>();
    items.add((Runnable) () -> exceptHandlers.add(handlerNames));
    for (Ast.StmtNode s : body) {
      items.add(new Handle(s, node));
    }
    items.add((Runnable) () -> exceptHandlers.remove(exceptHandlers.size() - 1));
    items.addAll(children(node, TRY_OMIT));
    schedule(items);
  }

  private void exceptHandler(Ast.ExceptHandler node) {
    String name = node.name();
    if (name == null) {
      handleChildren(node);
      return;
    }
    List<Object> items = new ArrayList<>();
    Binding[] previous = new Binding[1];
    items.add((Runnable) () -> {
      if (scope().contains(name)) {
        handleNodeStore(node);
      }
      // the name is bound only inside the handler: set the old binding aside meanwhile
      previous[0] = scope().table.remove(name);
      handleNodeStore(node);
    });
    items.addAll(children(node, null));
    items.add((Runnable) () -> {
      Binding b = scope().table.remove(name);
      if (b != null && !b.used) {
        report("F841", node, "local variable " + repr(name) + " is assigned to but never used");
      }
      if (previous[0] != null) {
        scope().table.put(name, previous[0]);
      }
    });
    schedule(items);
  }

  private void annAssign(Ast.AnnAssign node) {
    List<Object> items = new ArrayList<>();
    handleAnnotation(items, node.annotation(), node);
    if (node.value() != null) {
      items.add((Runnable) () -> {
        if (isTyping(node.annotation(), "TypeAlias")) {
          List<Object> steps = new ArrayList<>();
          handleAnnotation(steps, node.value(), node);
          schedule(steps);
        } else {
          push(new Handle(node.value(), node));
        }
      });
    }
    items.add(new Handle(node.target(), node));
    schedule(items);
  }

  private void matchTarget(Ast.PatternNode node) {
    handleNodeStore(node);
    handleChildren(node);
  }

  private void typeAlias(Ast.TypeAlias node) {
    List<Object> items = new ArrayList<>();
    items.add(new Handle(node.name(), node));
    List<Object> inner = new ArrayList<>();
    annotationAlwaysDeferredStep(inner, node.value(), node);
    typeParamScope(items, node, node.typeParams(), inner);
    schedule(items);
  }

  // ---------------------------------------------------------------- doctests

  private boolean inDoctest() {
    return scopeStack.size() >= 2 && scopeStack.get(1).kind() == Scope.Kind.DOCTEST;
  }

  private static List<Ast.StmtNode> functionBody(Ast.Node node) {
    return node instanceof Ast.FunctionDef f ? f.body() : ((Ast.AsyncFunctionDef) node).body();
  }

  /**
   * pyflakes' handleDoctests: the examples of the docstring of {@code node} are checked as one
   * module of their own, seeing the real module's names, with their positions moved to where
   * they stand in the file.
   */
  private void handleDoctests(Ast.Node node, List<Ast.StmtNode> body) {
    if (body.isEmpty() || !(body.get(0) instanceof Ast.Expr e)
        || !(e.value() instanceof Ast.Constant c) || !(c.value() instanceof ConstantValue.Str s)) {
      return;
    }
    int nodeLineno = line(e) - 1;
    List<DoctestExamples.Example> examples;
    try {
      examples = DoctestExamples.of(s.value());
    } catch (DoctestExamples.Malformed malformed) {
      return;
    }
    if (examples.isEmpty()) {
      return;
    }
    ArrayList<Scope> saved = scopeStack;
    int[] nodeOffset = offset != null ? offset : new int[] {0, 0};
    List<Object> items = new ArrayList<>();
    items.add((Runnable) () -> {
      scopeStack = new ArrayList<>(List.of(saved.get(0)));
      pushScope(Scope.Kind.DOCTEST, node);
      if (!scopeStack.get(0).contains("_")) {
        addBinding(null, new Binding("_", Kind.BUILTIN, null));
      }
    });
    for (DoctestExamples.Example example : examples) {
      items.add((Runnable) () -> {
        ParseResult parsed = Parser.parse(SourceText.of(example.source()), 13);
        if (parsed.module() == null) {
          PySyntaxError error = parsed.error();
          int line = nodeLineno + example.lineno() + (error == null ? 0 : error.line());
          int column = example.indent() + 4 + (error == null ? 0 : Math.max(error.column(), 0));
          messages.add(new Message("F721", line, column, "syntax error in doctest", null));
          return;
        }
        offset = new int[] {nodeOffset[0] + nodeLineno + example.lineno(),
            nodeOffset[1] + example.indent() + 4};
        handleChildren(parsed.module());
      });
      items.add((Runnable) () -> offset = nodeOffset);
    }
    items.add((Runnable) () -> {
      popScope();
      scopeStack = saved;
    });
    schedule(items);
  }

  // ---------------------------------------------------------------- end of the walk

  private void checkDeadScopes() {
    for (Scope scope : deadScopes) {
      if (scope.indirectAssignments != null) {
        for (Map.Entry<String, Ast.Node> e : scope.indirectAssignments.entrySet()) {
          String keyword = e.getValue() instanceof Ast.Global ? "global" : "nonlocal";
          report("F824", e.getValue(), "`" + keyword + " " + e.getKey()
              + "` is unused: name is never assigned in scope");
        }
      }
      if (scope.kind() == Scope.Kind.CLASS || scope.table.isEmpty()) {
        // a class's imports are its public attributes; an empty scope (most type-parameter
        // scopes) has nothing to report
        continue;
      }
      if (scope.kind() == Scope.Kind.FUNCTION) {
        for (Map.Entry<String, Binding> e : scope.table.entrySet()) {
          Binding b = e.getValue();
          String name = e.getKey();
          if (!b.used && !name.equals("_") && !scope.isGlobal(name) && !scope.usesLocals
              && b.kind().isAssignment()) {
            report("F841", b.source(), "local variable " + repr(name)
                + " is assigned to but never used");
          }
        }
        for (Map.Entry<String, Binding> e : scope.table.entrySet()) {
          Binding b = e.getValue();
          if (!b.used && b.kind() == Kind.ANNOTATION) {
            report("F842", b.source(), "local variable " + repr(e.getKey())
                + " is annotated but never used");
          }
        }
      }
      Binding all = scope.lookup("__all__");
      if (all != null && all.kind() != Kind.EXPORT) {
        all = null;
      }
      java.util.Set<String> allNames = new java.util.HashSet<>();
      List<String> undefined = new ArrayList<>();
      if (all != null) {
        allNames.addAll(all.exportedNames);
        for (String n : all.exportedNames) {
          if (!scope.contains(n)) {
            undefined.add(n);
          }
        }
      }
      if (!undefined.isEmpty()) {
        if (!scope.importStarred && !initFile) {
          for (String n : undefined) {
            report("F822", all.source(), "undefined name " + repr(n) + " in __all__");
          }
        }
        if (scope.importStarred) {
          List<String> fromList = new ArrayList<>();
          for (Binding b : scope.table.values()) {
            if (b.kind() == Kind.STAR_IMPORT) {
              b.used = true;
              fromList.add(b.fullName);
            }
          }
          fromList.sort(null);
          String from = String.join(", ", fromList);
          for (String n : undefined) {
            report("F405", all.source(), repr(n)
                + " may be undefined, or defined from star imports: " + from);
          }
        }
      }
      for (Binding value : scope.table.values()) {
        if (!value.isImportation()) {
          continue;
        }
        boolean used = value.used || allNames.contains(value.name());
        if (!used) {
          report("F401", value.source(), repr(value.importDescription()) + " imported but unused");
        }
        for (Ast.Node node : value.redefinedBy) {
          String code;
          String text;
          if (isFor(getParent(node))) {
            code = "F402";
            text = "import " + repr(value.name()) + " from line " + line(value.source())
                + " shadowed by loop variable";
          } else if (used) {
            continue;
          } else {
            code = "F811";
            text = "redefinition of unused " + repr(value.name()) + " from line "
                + line(value.source());
          }
          report(code, node, text);
        }
      }
    }
  }
}
