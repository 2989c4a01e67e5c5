package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E305",
    name = "blank-lines-after-function-or-class",
    family = "pycodestyle",
    summary = "Code after a top-level definition is not preceded by two blank lines.")
public final class BlankLinesAfterFunctionOrClass extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.BLANK_LINES;
  }
}
