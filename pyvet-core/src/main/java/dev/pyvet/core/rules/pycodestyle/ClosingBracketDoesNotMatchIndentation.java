package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E123",
    name = "closing-bracket-does-not-match-indentation",
    family = "pycodestyle",
    summary = "A closing bracket does not match the indentation of its opening line.",
    defaultEnabled = false)
public final class ClosingBracketDoesNotMatchIndentation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
