package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E227",
    name = "missing-whitespace-around-bitwise-or-shift-operator",
    family = "pycodestyle",
    summary = "A bitwise or shift operator has no space around it.")
public final class MissingWhitespaceAroundBitwiseOrShiftOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.MISSING;
  }
}
