package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E227",
    name = "missing-whitespace-around-bitwise-or-shift-operator",
    family = "pycodestyle",
    summary = "A bitwise or shift operator has no space around it.")
public final class MissingWhitespaceAroundBitwiseOrShiftOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.MISSING;
  }
}
