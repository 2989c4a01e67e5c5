package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E204",
    name = "whitespace-after-decorator",
    family = "pycodestyle",
    summary = "Whitespace follows a decorator's '@'.")
public final class WhitespaceAfterDecorator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
