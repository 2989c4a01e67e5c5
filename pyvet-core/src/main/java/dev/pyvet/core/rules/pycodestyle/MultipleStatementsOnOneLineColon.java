package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E701",
    name = "multiple-statements-on-one-line-colon",
    family = "pycodestyle",
    summary = "A compound statement's body is on the same line as its header.")
public final class MultipleStatementsOnOneLineColon extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.COMPOUND;
  }
}
