package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E275",
    name = "missing-whitespace-after-keyword",
    family = "pycodestyle",
    summary = "A keyword is directly followed by other code.")
public final class MissingWhitespaceAfterKeyword extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.AFTER_KEYWORD;
  }
}
