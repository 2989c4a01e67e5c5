package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E741",
    name = "ambiguous-variable-name",
    family = "pycodestyle",
    summary = "A variable is named l, O or I.")
public final class AmbiguousVariableName extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.AMBIGUOUS;
  }
}
