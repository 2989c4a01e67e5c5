package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "W605",
    name = "invalid-escape-sequence",
    family = "pycodestyle",
    summary = "A string contains an invalid backslash escape.")
public final class InvalidEscapeSequence extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Breaks.INVALID_ESCAPES;
  }
}
