package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E129",
    name = "visually-indented-line-same-indent-as-next-logical-line",
    family = "pycodestyle",
    summary = "A visually indented line has the same indent as the block that follows.")
public final class VisuallyIndentedLineSameIndentAsNextLogicalLine extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
