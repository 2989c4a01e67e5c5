package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "W503",
    name = "line-break-before-binary-operator",
    family = "pycodestyle",
    summary = "A line break comes before a binary operator.",
    defaultEnabled = false)
public final class LineBreakBeforeBinaryOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Breaks.BINARY_BREAKS;
  }
}
