package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Set;

@RuleInfo(
    code = "PV107",
    name = "logger-not-named-after-module",
    family = "expert",
    summary = "A module's own logger is created with logging.getLogger(\"literal\") instead of __name__.",
    defaultEnabled = false,
    fix = FixAvailability.NONE)
public final class LoggerNotNamedAfterModule implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (call.args().size() != 1 || !call.keywords().isEmpty()
        || !(call.args().get(0) instanceof Ast.Constant c) || !(c.value() instanceof ConstantValue.Str s)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!"logging.getLogger".equals(QualifiedNames.ofCall(model, call))) {
      return;
    }
    // only a module's own logger, bound at module level: fetching another library's logger by
    // name (to set its level or attach a handler) is what the literal is for
    if (!(model.parentOf(call) instanceof Ast.Assign assign) || !(model.parentOf(assign) instanceof Ast.Module)
        || Places.isTestScriptOrTool(file)) {
      return;
    }
    String name = s.value();
    // "__main__" is what __name__ is in a script; "" and "root" mean the root logger on purpose
    if (name.isEmpty() || name.equals("root") || name.equals("__main__")) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV107",
        "logger named by the literal '" + name + "': use logging.getLogger(__name__) so the logger "
            + "follows the module's place in the package");
  }
}
