package dev.pyvet.core.rules.expert.data;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * {@code datetime.datetime.utcnow()} and {@code utcfromtimestamp()}: naive values that mean UTC,
 * which Python then treats as local time (deprecated since 3.12).
 */
@RuleInfo(
    code = "PV601",
    name = "naive-utc-datetime",
    family = "expert",
    summary = "Reports datetime.utcnow() and datetime.utcfromtimestamp(), whose naive results mean UTC but are treated as local time.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class NaiveUtcDatetime implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    NaiveDatetimeCalls.report((Ast.Call) node, file, NaiveDatetimeCalls.UTC, "PV601", out);
  }
}
