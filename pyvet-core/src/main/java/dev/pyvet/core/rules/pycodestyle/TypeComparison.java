package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E721",
    name = "type-comparison",
    family = "pycodestyle",
    summary = "Types are compared with == or !=.")
public final class TypeComparison extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.TYPE_COMPARISON;
  }
}
