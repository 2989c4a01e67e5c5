package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E225",
    name = "missing-whitespace-around-operator",
    family = "pycodestyle",
    summary = "An operator that needs spaces around it lacks them.")
public final class MissingWhitespaceAroundOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.MISSING;
  }
}
