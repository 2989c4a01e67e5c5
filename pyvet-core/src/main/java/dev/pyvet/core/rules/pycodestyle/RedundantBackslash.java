package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E502",
    name = "redundant-backslash",
    family = "pycodestyle",
    summary = "A backslash continues a line inside brackets.")
public final class RedundantBackslash extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Breaks.EXPLICIT_LINE_JOIN;
  }
}
