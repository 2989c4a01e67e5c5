package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E242",
    name = "tab-after-comma",
    family = "pycodestyle",
    summary = "A tab follows a comma, semicolon or colon.",
    defaultEnabled = false)
public final class TabAfterComma extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_COMMA;
  }
}
