package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E224",
    name = "tab-after-operator",
    family = "pycodestyle",
    summary = "A tab follows an operator.")
public final class TabAfterOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
