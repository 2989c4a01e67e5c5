package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E223",
    name = "tab-before-operator",
    family = "pycodestyle",
    summary = "A tab precedes an operator.")
public final class TabBeforeOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
