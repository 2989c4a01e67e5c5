package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E131",
    name = "continuation-line-unaligned-for-hanging-indent",
    family = "pycodestyle",
    summary = "A continuation line is not aligned with its hanging indent.")
public final class ContinuationLineUnalignedForHangingIndent extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
