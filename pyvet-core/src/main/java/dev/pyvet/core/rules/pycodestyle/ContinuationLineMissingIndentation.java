package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E122",
    name = "continuation-line-missing-indentation",
    family = "pycodestyle",
    summary = "A continuation line is not indented or is outdented.")
public final class ContinuationLineMissingIndentation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
