package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E711",
    name = "none-comparison",
    family = "pycodestyle",
    summary = "A value is compared to None with == or !=.")
public final class NoneComparison extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.SINGLETONS;
  }
}
