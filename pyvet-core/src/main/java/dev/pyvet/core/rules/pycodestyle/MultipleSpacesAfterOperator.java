package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E222",
    name = "multiple-spaces-after-operator",
    family = "pycodestyle",
    summary = "More than one space follows an operator.")
public final class MultipleSpacesAfterOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_OPERATOR;
  }
}
