package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E223",
    name = "tab-before-operator",
    family = "pycodestyle",
    summary = "A tab precedes an operator.")
public final class TabBeforeOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
