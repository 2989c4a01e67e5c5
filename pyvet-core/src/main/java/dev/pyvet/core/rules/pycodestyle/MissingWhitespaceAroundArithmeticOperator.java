package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E226",
    name = "missing-whitespace-around-arithmetic-operator",
    family = "pycodestyle",
    summary = "An arithmetic operator has no space around it.",
    defaultEnabled = false)
public final class MissingWhitespaceAroundArithmeticOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.MISSING;
  }
}
