package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E741",
    name = "ambiguous-variable-name",
    family = "pycodestyle",
    summary = "A variable is named l, O or I.")
public final class AmbiguousVariableName extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.AMBIGUOUS;
  }
}
