package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E127",
    name = "continuation-line-over-indented-for-visual-indent",
    family = "pycodestyle",
    summary = "A continuation line is indented past the visual indent.")
public final class ContinuationLineOverIndentedForVisualIndent extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
