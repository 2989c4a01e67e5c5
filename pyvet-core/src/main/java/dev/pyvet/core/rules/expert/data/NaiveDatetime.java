package dev.pyvet.core.rules.expert.data;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * {@code datetime.datetime.now()}, {@code today()} and {@code fromtimestamp()} without a time
 * zone: naive local wall-clock readings. {@code date.today()} is left alone: a calendar date has
 * no time of day to be ambiguous about.
 */
@RuleInfo(
    code = "PV605",
    name = "naive-datetime",
    family = "expert",
    summary = "Reports datetime.now(), today() and fromtimestamp() called without a time zone, which give naive local times.",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class NaiveDatetime implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    NaiveDatetimeCalls.report((Ast.Call) node, file, NaiveDatetimeCalls.LOCAL, "PV605", out);
  }
}
