package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E712",
    name = "true-false-comparison",
    family = "pycodestyle",
    summary = "A value is compared to True or False with == or !=.")
public final class TrueFalseComparison extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.SINGLETONS;
  }
}
