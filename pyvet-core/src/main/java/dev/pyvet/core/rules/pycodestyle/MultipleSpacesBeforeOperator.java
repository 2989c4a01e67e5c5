package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E221",
    name = "multiple-spaces-before-operator",
    family = "pycodestyle",
    summary = "More than one space precedes an operator.")
public final class MultipleSpacesBeforeOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
