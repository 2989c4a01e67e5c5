package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E203",
    name = "whitespace-before-punctuation",
    family = "pycodestyle",
    summary = "Whitespace precedes a comma, semicolon or colon.")
public final class WhitespaceBeforePunctuation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
