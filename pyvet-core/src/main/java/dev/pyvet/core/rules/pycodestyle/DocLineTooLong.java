package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "W505",
    name = "doc-line-too-long",
    family = "pycodestyle",
    summary = "A comment or docstring line is longer than the maximum doc length.")
public final class DocLineTooLong extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Breaks.DOC_LENGTH;
  }
}
