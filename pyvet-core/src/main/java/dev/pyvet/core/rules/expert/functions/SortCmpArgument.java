package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV207",
    name = "sort-cmp-argument",
    family = "expert",
    summary = "sorted(), list.sort(), min() or max() is given a Python 2 cmp function.",
    defaultEnabled = true,
    fix = FixAvailability.SAFE)
public final class SortCmpArgument implements AstRule {
  private static final Set<String> BUILTINS = Set.of("builtins.sorted", "builtins.min",
      "builtins.max");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    Ast.Keyword cmp = null;
    for (Ast.Keyword k : call.keywords()) {
      if ("cmp".equals(k.arg())) {
        cmp = k;
      }
    }
    if (cmp == null && !(call.func() instanceof Ast.Name n && n.id().equals("sorted"))) {
      return;
    }
    var model = ExpertModel.of(file);
    if (Py2Guards.guarded(model, file, call)) {
      return;
    }
    String callee;
    if (call.func() instanceof Ast.Attribute a && a.attr().equals("sort")) {
      // any object's sort(cmp=...): list.sort is the common case, and no stdlib sort takes cmp
      callee = "sort";
      if (cmp == null) {
        return;
      }
    } else if (call.func() instanceof Ast.Name n && (n.id().equals("sorted") || cmp != null)) {
      String q = QualifiedNames.ofCall(model, call);
      if (q == null || !BUILTINS.contains(q)) {
        return;
      }
      callee = n.id();
      boolean positionalCmp = callee.equals("sorted") && call.args().size() == 2
          && !(call.args().get(1) instanceof Ast.Starred);
      if (cmp == null && !positionalCmp) {
        return;
      }
      if (cmp == null) {
        Ast.ExprNode f = call.args().get(1);
        out.report(f.lineno(), Syntax.column(file, f), "PV207",
            "sorted() takes no positional comparison function in Python 3: use"
                + " key=functools.cmp_to_key(...)");
        return;
      }
    } else {
      return;
    }
    out.report(cmp.lineno(), Syntax.column(file, cmp), "PV207",
        "'cmp' argument of " + callee + "() was removed in Python 3: use"
            + " key=functools.cmp_to_key(...)");
  }
}
