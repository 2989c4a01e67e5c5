package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E225",
    name = "missing-whitespace-around-operator",
    family = "pycodestyle",
    summary = "An operator that needs spaces around it lacks them.")
public final class MissingWhitespaceAroundOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.MISSING;
  }
}
