package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E261",
    name = "too-few-spaces-before-inline-comment",
    family = "pycodestyle",
    summary = "An inline comment is less than two spaces from the code.")
public final class TooFewSpacesBeforeInlineComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
