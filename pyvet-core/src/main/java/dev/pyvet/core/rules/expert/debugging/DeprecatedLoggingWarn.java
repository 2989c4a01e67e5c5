package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV114",
    name = "deprecated-logging-warn",
    family = "expert",
    summary = "A logging call uses the deprecated warn() instead of warning().",
    defaultEnabled = true,
    fix = FixAvailability.SAFE)
public final class DeprecatedLoggingWarn implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Attribute a) || !a.attr().equals("warn")) {
      return;
    }
    if (!"warn".equals(LogCalls.method(ExpertModel.of(file), call))) {
      return;
    }
    String callee = LogCalls.spelled(a);
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV114",
        "'" + callee + "' is deprecated and emits a DeprecationWarning: use '"
            + LogCalls.withMethod(callee, "warn", "warning") + "'");
  }
}
