package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E124",
    name = "closing-bracket-does-not-match-visual-indentation",
    family = "pycodestyle",
    summary = "A closing bracket does not match the visual indentation.")
public final class ClosingBracketDoesNotMatchVisualIndentation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
