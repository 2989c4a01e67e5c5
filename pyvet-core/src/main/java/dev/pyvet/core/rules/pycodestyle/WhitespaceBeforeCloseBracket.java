package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E202",
    name = "whitespace-before-close-bracket",
    family = "pycodestyle",
    summary = "Whitespace precedes a closing bracket.")
public final class WhitespaceBeforeCloseBracket extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
