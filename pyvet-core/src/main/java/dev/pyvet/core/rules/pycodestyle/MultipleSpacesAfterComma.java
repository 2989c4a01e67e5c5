package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E241",
    name = "multiple-spaces-after-comma",
    family = "pycodestyle",
    summary = "More than one space follows a comma, semicolon or colon.",
    defaultEnabled = false)
public final class MultipleSpacesAfterComma extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_COMMA;
  }
}
