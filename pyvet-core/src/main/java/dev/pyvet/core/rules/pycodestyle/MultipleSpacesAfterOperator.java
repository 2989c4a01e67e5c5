package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E222",
    name = "multiple-spaces-after-operator",
    family = "pycodestyle",
    summary = "More than one space follows an operator.")
public final class MultipleSpacesAfterOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
