package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E122",
    name = "continuation-line-missing-indentation",
    family = "pycodestyle",
    summary = "A continuation line is not indented or is outdented.")
public final class ContinuationLineMissingIndentation extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return ContinuationLines.CONTINUED_INDENTATION;
  }
}
