package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E721",
    name = "type-comparison",
    family = "pycodestyle",
    summary = "Types are compared with == or !=.")
public final class TypeComparison extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.TYPE_COMPARISON;
  }
}
