package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "W503",
    name = "line-break-before-binary-operator",
    family = "pycodestyle",
    summary = "A line break comes before a binary operator.",
    defaultEnabled = false)
public final class LineBreakBeforeBinaryOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Breaks.BINARY_BREAKS;
  }
}
