package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E712",
    name = "true-false-comparison",
    family = "pycodestyle",
    summary = "A value is compared to True or False with == or !=.")
public final class TrueFalseComparison extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.SINGLETONS;
  }
}
