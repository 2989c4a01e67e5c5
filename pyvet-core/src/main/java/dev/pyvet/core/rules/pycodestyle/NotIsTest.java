package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E714",
    name = "not-is-test",
    family = "pycodestyle",
    summary = "An identity test is negated with `not x is y`.")
public final class NotIsTest extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.NEGATIVE_COMPARISON;
  }
}
