package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E731",
    name = "lambda-assignment",
    family = "pycodestyle",
    summary = "A lambda expression is assigned to a name.")
public final class LambdaAssignment extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.COMPOUND;
  }
}
