package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E133",
    name = "closing-bracket-missing-indentation",
    family = "pycodestyle",
    summary = "A closing bracket is not indented (with --hang-closing).")
public final class ClosingBracketMissingIndentation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
