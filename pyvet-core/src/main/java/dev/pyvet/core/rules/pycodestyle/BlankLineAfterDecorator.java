package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E304",
    name = "blank-line-after-decorator",
    family = "pycodestyle",
    summary = "A blank line separates a decorator from its definition.")
public final class BlankLineAfterDecorator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.BLANK_LINES;
  }
}
