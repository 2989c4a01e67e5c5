package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E201",
    name = "whitespace-after-open-bracket",
    family = "pycodestyle",
    summary = "Whitespace follows an opening bracket.")
public final class WhitespaceAfterOpenBracket extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
