package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E128",
    name = "continuation-line-under-indented-for-visual-indent",
    family = "pycodestyle",
    summary = "A continuation line is indented less than the visual indent.")
public final class ContinuationLineUnderIndentedForVisualIndent extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
