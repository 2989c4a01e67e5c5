package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E713",
    name = "not-in-test",
    family = "pycodestyle",
    summary = "A membership test is negated with `not x in y`.")
public final class NotInTest extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.NEGATIVE_COMPARISON;
  }
}
