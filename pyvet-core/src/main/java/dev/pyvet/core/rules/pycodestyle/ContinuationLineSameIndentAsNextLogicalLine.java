package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E125",
    name = "continuation-line-same-indent-as-next-logical-line",
    family = "pycodestyle",
    summary = "A continuation line has the same indent as the block that follows.")
public final class ContinuationLineSameIndentAsNextLogicalLine extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
