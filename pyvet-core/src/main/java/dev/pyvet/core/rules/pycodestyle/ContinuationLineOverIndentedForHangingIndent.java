package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E126",
    name = "continuation-line-over-indented-for-hanging-indent",
    family = "pycodestyle",
    summary = "A hanging indent is more than one indent step.",
    defaultEnabled = false)
public final class ContinuationLineOverIndentedForHangingIndent extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
