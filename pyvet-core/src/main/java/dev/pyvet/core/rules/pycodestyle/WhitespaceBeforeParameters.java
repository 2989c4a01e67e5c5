package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E211",
    name = "whitespace-before-parameters",
    family = "pycodestyle",
    summary = "Whitespace precedes the bracket of a call or subscript.")
public final class WhitespaceBeforeParameters extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.BEFORE_PARAMETERS;
  }
}
