package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E226",
    name = "missing-whitespace-around-arithmetic-operator",
    family = "pycodestyle",
    summary = "An arithmetic operator has no space around it.",
    defaultEnabled = false)
public final class MissingWhitespaceAroundArithmeticOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.MISSING;
  }
}
