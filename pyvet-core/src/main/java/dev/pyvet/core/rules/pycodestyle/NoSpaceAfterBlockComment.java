package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E265",
    name = "no-space-after-block-comment",
    family = "pycodestyle",
    summary = "A block comment does not start with '# '.")
public final class NoSpaceAfterBlockComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
