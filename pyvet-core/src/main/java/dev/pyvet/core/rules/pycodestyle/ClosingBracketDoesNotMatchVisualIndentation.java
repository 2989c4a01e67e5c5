package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E124",
    name = "closing-bracket-does-not-match-visual-indentation",
    family = "pycodestyle",
    summary = "A closing bracket does not match the visual indentation.")
public final class ClosingBracketDoesNotMatchVisualIndentation extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
