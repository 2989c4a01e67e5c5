package dev.pyvet.core.rules.expert.performance;

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
    code = "PV503",
    name = "unnecessary-comprehension-in-call",
    family = "expert",
    summary = "A list comprehension is built only to be passed to sum, any, all, min or max.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class UnnecessaryComprehensionInCall implements AstRule {
  private static final Set<String> REDUCERS = Set.of("sum", "any", "all", "min", "max");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Name f) || !REDUCERS.contains(f.id())
        || call.args().size() != 1 || !(call.args().get(0) instanceof Ast.ListComp comp)) {
      return;
    }
    if (!QualifiedNames.isOneOf(ExpertModel.of(file), f, "builtins." + f.id())) {
      return;
    }
    out.report(comp.lineno(), ScopeWalk.column(file, comp), "PV503",
        "list comprehension passed to " + f.id() + "() is built in full first: drop the"
            + " brackets to pass a generator expression");
  }
}
