package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV209",
    name = "exhausted-iterator-reused",
    family = "expert",
    summary = "A one-shot iterator (map, filter, zip, a generator expression...) is consumed twice.",
    defaultEnabled = true)
public final class ExhaustedIteratorReused implements AstRule {
  /** Calls that return a one-shot iterator, by qualified name. */
  private static final Set<String> ITERATORS = Set.of("builtins.map", "builtins.filter",
      "builtins.zip", "builtins.iter", "builtins.reversed", "builtins.enumerate",
      "itertools.chain", "itertools.islice", "itertools.starmap", "itertools.filterfalse",
      "itertools.takewhile", "itertools.dropwhile", "itertools.compress", "itertools.product",
      "itertools.permutations", "itertools.combinations", "itertools.zip_longest",
      "itertools.accumulate", "itertools.pairwise", "itertools.groupby", "itertools.batched");
  /** Builtins that read an iterable to its end. */
  private static final Set<String> CONSUMERS = Set.of("builtins.list", "builtins.tuple",
      "builtins.set", "builtins.frozenset", "builtins.sorted", "builtins.sum", "builtins.min",
      "builtins.max", "builtins.dict");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class, Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<Ast.StmtNode> body = switch (node) {
      case Ast.Module m -> m.body();
      default -> Syntax.Def.of(node).body();
    };
    Map<Ast.Node, Ast.Node> parents = new IdentityHashMap<>();
    List<Ast.Assign> candidates = new ArrayList<>();
    Map<String, Integer> stores = new HashMap<>();
    Map<String, List<Ast.Name>> loads = new HashMap<>();
    Set<String> declared = new HashSet<>();
    if (node instanceof Ast.FunctionDef || node instanceof Ast.AsyncFunctionDef) {
      // parameters are bound on entry: a name reassigned from one is bound twice
      Ast.Arguments args = Syntax.Def.of(node).args();
      for (List<Ast.Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
        group.forEach(a -> stores.merge(a.arg(), 1, Integer::sum));
      }
      for (Ast.Arg a : java.util.Arrays.asList(args.vararg(), args.kwarg())) {
        if (a != null) {
          stores.merge(a.arg(), 1, Integer::sum);
        }
      }
    }
    Deque<Ast.Node> stack = new ArrayDeque<>(body);
    for (Ast.Node s : body) {
      parents.put(s, node);
    }
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      switch (n) {
        case Ast.Assign a when a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name
            && (a.value() instanceof Ast.GeneratorExp || a.value() instanceof Ast.Call) ->
            candidates.add(a);
        case Ast.Name name when name.ctx() == Ast.ExprContext.Load ->
            loads.computeIfAbsent(name.id(), k -> new ArrayList<>()).add(name);
        case Ast.Name name -> stores.merge(name.id(), 1, Integer::sum);
        case Ast.Global g -> declared.addAll(g.names());
        case Ast.Nonlocal g -> declared.addAll(g.names());
        default -> { }
      }
      if (n != node && (n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef
          || n instanceof Ast.Lambda || n instanceof Ast.ClassDef)) {
        // its name is bound here; its body is another scope (closures are checked below)
        Syntax.Def def = Syntax.Def.of(n);
        if (def != null) {
          stores.merge(def.name(), 1, Integer::sum);
        } else if (n instanceof Ast.ClassDef c) {
          stores.merge(c.name(), 1, Integer::sum);
        }
        closureReads(n, loads);
        continue;
      }
      List<Ast.Node> children = new ArrayList<>();
      AstChildren.addTo(n, children);
      for (int i = children.size() - 1; i >= 0; i--) {
        parents.put(children.get(i), n);
        stack.push(children.get(i));
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    for (Ast.Assign a : candidates) {
      String name = ((Ast.Name) a.targets().get(0)).id();
      if (stores.getOrDefault(name, 0) != 1 || declared.contains(name) || !isIterator(model, a.value())) {
        continue;
      }
      List<Ast.Name> reads = loads.getOrDefault(name, List.of());
      List<Ast.Name> consumed = new ArrayList<>();
      boolean other = false;
      for (Ast.Name r : reads) {
        if (r == null || !consumes(model, r, parents)) {
          other = true;
        } else {
          consumed.add(r);
        }
      }
      if (other || consumed.size() < 2) {
        continue;
      }
      Ast.Name first = consumed.get(0);
      Ast.Name second = consumed.get(1);
      if (conditional(first, node, parents) || inLoop(first, node, parents)
          || partialLoop(first, second, parents)) {
        continue;
      }
      out.report(second.lineno(), Syntax.column(file, second), "PV209",
          "'" + name + "' is a one-shot iterator already consumed on line " + first.lineno()
              + ", so it is empty here: build a list once, or create the iterator again");
    }
  }

  /** Reads of names in nested scopes count as other uses (marked with a null entry). */
  private static void closureReads(Ast.Node scope, Map<String, List<Ast.Name>> loads) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    AstChildren.push(scope, stack);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Name name && name.ctx() == Ast.ExprContext.Load) {
        loads.computeIfAbsent(name.id(), k -> new ArrayList<>()).add(null);
      }
      AstChildren.push(n, stack);
    }
  }

  private static boolean isIterator(SemanticModel model, Ast.ExprNode value) {
    if (value instanceof Ast.GeneratorExp) {
      return true;
    }
    String q = QualifiedNames.ofCall(model, (Ast.Call) value);
    return q != null && ITERATORS.contains(q);
  }

  /** Whether the read hands the iterator to something that reads it to the end. */
  private static boolean consumes(SemanticModel model, Ast.Name read, Map<Ast.Node, Ast.Node> parents) {
    Ast.Node p = parents.get(read);
    return switch (p) {
      case Ast.For f -> f.iter() == read;
      case Ast.AsyncFor f -> false;
      case Ast.Comprehension c -> c.iter() == read;
      case Ast.Call c when c.args().size() == 1 && c.args().get(0) == read
          && c.keywords().isEmpty() -> {
        if (c.func() instanceof Ast.Attribute a && a.attr().equals("join")) {
          yield true;
        }
        String q = QualifiedNames.ofCall(model, c);
        yield q != null && CONSUMERS.contains(q);
      }
      case null, default -> false;
    };
  }

  /** Whether the read runs only sometimes: in a branch, a handler, a match case or a loop's else. */
  private static boolean conditional(Ast.Node read, Ast.Node scope, Map<Ast.Node, Ast.Node> parents) {
    for (Ast.Node p = parents.get(read); p != null && p != scope; p = parents.get(p)) {
      if (p instanceof Ast.If || p instanceof Ast.IfExp || p instanceof Ast.Try
          || p instanceof Ast.TryStar || p instanceof Ast.Match || p instanceof Ast.BoolOp
          || p instanceof Ast.While) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first read is a for loop that may stop early (it has a break of its own), or
   * whose body holds the second read: both resume one iterator on purpose.
   */
  private static boolean partialLoop(Ast.Name first, Ast.Name second, Map<Ast.Node, Ast.Node> parents) {
    if (!(parents.get(first) instanceof Ast.For loop)) {
      return false;
    }
    for (Ast.Node p = parents.get(second); p != null; p = parents.get(p)) {
      if (p == loop) {
        return true;
      }
    }
    return Syntax.breaksOut(loop.body());
  }

  /** Whether the read is inside a for loop's body (the loop runs it several times). */
  private static boolean inLoop(Ast.Node read, Ast.Node scope, Map<Ast.Node, Ast.Node> parents) {
    Ast.Node child = read;
    for (Ast.Node p = parents.get(read); p != null && p != scope; child = p, p = parents.get(p)) {
      if ((p instanceof Ast.For f && f.iter() != child && f.target() != child)
          || (p instanceof Ast.AsyncFor af && af.iter() != child)) {
        return true;
      }
    }
    return false;
  }
}
