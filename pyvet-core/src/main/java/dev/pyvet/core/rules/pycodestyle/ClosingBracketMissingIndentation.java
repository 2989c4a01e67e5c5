package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E133",
    name = "closing-bracket-missing-indentation",
    family = "pycodestyle",
    summary = "A closing bracket is not indented (with --hang-closing).")
public final class ClosingBracketMissingIndentation extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
