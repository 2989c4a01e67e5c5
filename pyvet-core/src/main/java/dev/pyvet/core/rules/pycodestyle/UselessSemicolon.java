package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E703",
    name = "useless-semicolon",
    family = "pycodestyle",
    summary = "A statement ends with a semicolon.")
public final class UselessSemicolon extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.COMPOUND;
  }
}
