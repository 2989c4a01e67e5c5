package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E113",
    name = "unexpected-indentation",
    family = "pycodestyle",
    summary = "A line is indented where no block starts.")
public final class UnexpectedIndentation extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.INDENTATION;
  }
}
