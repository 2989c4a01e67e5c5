package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E262",
    name = "no-space-after-inline-comment",
    family = "pycodestyle",
    summary = "An inline comment does not start with '# '.")
public final class NoSpaceAfterInlineComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
