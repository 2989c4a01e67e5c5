package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E714",
    name = "not-is-test",
    family = "pycodestyle",
    summary = "An identity test is negated with `not x is y`.")
public final class NotIsTest extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.NEGATIVE_COMPARISON;
  }
}
