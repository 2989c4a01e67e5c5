package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E113",
    name = "unexpected-indentation",
    family = "pycodestyle",
    summary = "A line is indented where no block starts.")
public final class UnexpectedIndentation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
