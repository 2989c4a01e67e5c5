package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.LogicalLineRule;
import dev.pyvet.core.rule.RuleMeta;
import java.util.List;
import java.util.function.Function;

/**
 * A rule whose code is one of several that one pycodestyle analysis finds. The analysis runs
 * once per logical line, whichever of its rules are selected; each rule reports its own code.
 */
abstract class SharedLogicalRule implements LogicalLineRule {
  private final String code = RuleMeta.of(getClass()).code();

  /** The analysis; must be one stable function object per analysis (it keys the cache). */
  abstract Function<LogicalLine, List<Hit>> analysis();

  @Override
  public final void check(LogicalLine line, Findings out) {
    for (Hit hit : line.shared(analysis(), analysis())) {
      if (hit.code().equals(code)) {
        hit.report(line, out);
      }
    }
  }
}
