package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E711",
    name = "none-comparison",
    family = "pycodestyle",
    summary = "A value is compared to None with == or !=.")
public final class NoneComparison extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.SINGLETONS;
  }
}
