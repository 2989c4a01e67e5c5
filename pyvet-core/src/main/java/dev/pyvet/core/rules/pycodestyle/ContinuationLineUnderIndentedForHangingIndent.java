package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E121",
    name = "continuation-line-under-indented-for-hanging-indent",
    family = "pycodestyle",
    summary = "A hanging indent is less than one indent step.",
    defaultEnabled = false)
public final class ContinuationLineUnderIndentedForHangingIndent extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
