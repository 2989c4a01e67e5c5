package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "W504",
    name = "line-break-after-binary-operator",
    family = "pycodestyle",
    summary = "A line break comes after a binary operator.",
    defaultEnabled = false)
public final class LineBreakAfterBinaryOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Breaks.BINARY_BREAKS;
  }
}
