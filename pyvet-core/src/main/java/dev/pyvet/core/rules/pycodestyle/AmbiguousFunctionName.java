package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E743",
    name = "ambiguous-function-name",
    family = "pycodestyle",
    summary = "A function is named l, O or I.")
public final class AmbiguousFunctionName extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.AMBIGUOUS;
  }
}
