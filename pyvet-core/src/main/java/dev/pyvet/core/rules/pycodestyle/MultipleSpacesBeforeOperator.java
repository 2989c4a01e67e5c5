package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E221",
    name = "multiple-spaces-before-operator",
    family = "pycodestyle",
    summary = "More than one space precedes an operator.")
public final class MultipleSpacesBeforeOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
