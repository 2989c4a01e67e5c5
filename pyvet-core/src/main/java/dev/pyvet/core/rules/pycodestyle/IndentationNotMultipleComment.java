package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E114",
    name = "indentation-not-multiple-comment",
    family = "pycodestyle",
    summary = "A comment's indentation is not a multiple of the indent size.")
public final class IndentationNotMultipleComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
