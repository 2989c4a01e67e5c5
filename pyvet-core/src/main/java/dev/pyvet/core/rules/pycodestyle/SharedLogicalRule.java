package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.SharedCheck;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rule whose code is one of several that one pycodestyle analysis finds. The engine runs the
 * analysis once per logical line for all its selected rules; run alone, the rule reports its own
 * code.
 */
abstract class SharedLogicalRule implements SharedCheck.Member {
  private static final Map<Analysis, SharedCheck> CHECKS = new ConcurrentHashMap<>();

  private final String code = RuleMeta.of(getClass()).code();

  /** The analysis; one stable function object per analysis (it identifies the shared check). */
  abstract Analysis analysis();

  @Override
  public final SharedCheck sharedCheck() {
    return CHECKS.computeIfAbsent(analysis(), SharedLogicalRule::checkOf);
  }

  private static SharedCheck checkOf(Analysis analysis) {
    return (line, codes, out) -> analysis.run(line, Hits.of(line, codes, out));
  }

  @Override
  public final void check(LogicalLine line, Findings out) {
    sharedCheck().check(line, Set.of(code), out);
  }
}
