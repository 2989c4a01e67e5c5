package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E702",
    name = "multiple-statements-on-one-line-semicolon",
    family = "pycodestyle",
    summary = "Several statements share one line, separated by semicolons.")
public final class MultipleStatementsOnOneLineSemicolon extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.COMPOUND;
  }
}
