package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV201",
    name = "mutable-argument-default",
    family = "expert",
    summary = "A parameter's default is a mutable list, dict or set, shared by every call.",
    defaultEnabled = true)
public final class MutableArgumentDefault implements AstRule {
  /** Calls that build a fresh mutable container, by qualified name, with what they build. */
  private static final Map<String, String> MUTABLE_CALLS = Map.ofEntries(
      Map.entry("builtins.list", "list"),
      Map.entry("builtins.dict", "dict"),
      Map.entry("builtins.set", "set"),
      Map.entry("builtins.bytearray", "bytearray"),
      Map.entry("collections.defaultdict", "defaultdict"),
      Map.entry("collections.OrderedDict", "OrderedDict"),
      Map.entry("collections.Counter", "Counter"),
      Map.entry("collections.deque", "deque"));

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Syntax.Def def = Syntax.Def.of(node);
    Ast.Arguments a = def.args();
    List<Ast.Arg> positional = new ArrayList<>(a.posonlyargs());
    positional.addAll(a.args());
    int first = positional.size() - a.defaults().size();
    SemanticModel model = null;
    for (int i = 0; i < a.defaults().size(); i++) {
      model = check(file, out, model, def.name(), positional.get(first + i), a.defaults().get(i));
    }
    for (int i = 0; i < a.kwonlyargs().size() && i < a.kwDefaults().size(); i++) {
      Ast.ExprNode d = a.kwDefaults().get(i);
      if (d != null) {
        model = check(file, out, model, def.name(), a.kwonlyargs().get(i), d);
      }
    }
  }

  /**
   * Private parameters ({@code _cache={}}, {@code _seen=[]}) and parameters named as caches are
   * the deliberate use of a shared default as per-function storage, not a mistake.
   */
  private static boolean deliberate(String param) {
    String lower = param.toLowerCase(java.util.Locale.ROOT);
    return param.startsWith("_") || lower.contains("cache") || lower.contains("memo");
  }

  private static SemanticModel check(ParsedFile file, Findings out, SemanticModel model,
      String function, Ast.Arg param, Ast.ExprNode value) {
    String kind = switch (value) {
      case Ast.List l -> "list";
      case Ast.ListComp l -> "list";
      case Ast.Dict d -> "dict";
      case Ast.DictComp d -> "dict";
      case Ast.Set s -> "set";
      case Ast.SetComp s -> "set";
      default -> null;
    };
    if (deliberate(param.arg())) {
      return model;
    }
    if (kind == null && value instanceof Ast.Call call) {
      if (model == null) {
        model = ExpertModel.of(file);
      }
      String q = QualifiedNames.ofCall(model, call);
      kind = q == null ? null : MUTABLE_CALLS.get(q);
    }
    if (kind != null) {
      String shown = Syntax.text(file, value, 30);
      String where = param.arg() + "=" + (shown == null ? "..." : shown);
      out.report(value.lineno(), Syntax.column(file, value), "PV201",
          "mutable default argument '" + where + "' in '" + function
              + "': use None and create the " + kind + " in the body");
    }
    return model;
  }
}
