package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E713",
    name = "not-in-test",
    family = "pycodestyle",
    summary = "A membership test is negated with `not x in y`.")
public final class NotInTest extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.NEGATIVE_COMPARISON;
  }
}
