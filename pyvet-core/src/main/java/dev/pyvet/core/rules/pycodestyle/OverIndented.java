package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E117",
    name = "over-indented",
    family = "pycodestyle",
    summary = "A block is indented by more than one level.")
public final class OverIndented extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
