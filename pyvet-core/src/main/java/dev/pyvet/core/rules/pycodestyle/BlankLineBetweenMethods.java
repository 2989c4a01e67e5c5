package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E301",
    name = "blank-line-between-methods",
    family = "pycodestyle",
    summary = "A method definition is not preceded by a blank line.")
public final class BlankLineBetweenMethods extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.BLANK_LINES;
  }
}
