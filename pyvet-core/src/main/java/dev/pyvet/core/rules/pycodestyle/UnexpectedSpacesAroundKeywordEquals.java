package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E251",
    name = "unexpected-spaces-around-keyword-equals",
    family = "pycodestyle",
    summary = "Spaces surround the '=' of a keyword argument or default.")
public final class UnexpectedSpacesAroundKeywordEquals extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.NAMED_PARAMETER_EQUALS;
  }
}
