package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.SharedCheck;
import java.util.Set;

/**
 * A rule whose code is one of several that one pycodestyle analysis finds. All of them share
 * {@link LogicalLineAnalyses}: the engine calls it once per logical line for all the selected
 * rules, and it runs each analysis once for all its selected codes; run alone, the rule reports
 * its own code.
 */
abstract class SharedLogicalRule implements SharedCheck.Member {
  private final Set<String> code = Set.of(codeOf(getClass()));

  static String codeOf(Class<?> ruleClass) {
    return RuleMeta.of(ruleClass).code();
  }

  /** The analysis; one stable function object per analysis, shared by the rules of its codes. */
  abstract Analysis analysis();

  @Override
  public final SharedCheck sharedCheck() {
    return LogicalLineAnalyses.INSTANCE;
  }

  @Override
  public final void check(LogicalLine line, Findings out) {
    LogicalLineAnalyses.INSTANCE.check(line, code, out);
  }
}
