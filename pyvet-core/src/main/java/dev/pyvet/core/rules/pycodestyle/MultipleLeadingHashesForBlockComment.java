package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E266",
    name = "multiple-leading-hashes-for-block-comment",
    family = "pycodestyle",
    summary = "A block comment starts with more than one '#'.")
public final class MultipleLeadingHashesForBlockComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
