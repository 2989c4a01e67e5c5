package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E303",
    name = "too-many-blank-lines",
    family = "pycodestyle",
    summary = "Too many blank lines in a row.")
public final class TooManyBlankLines extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.BLANK_LINES;
  }
}
