package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E303",
    name = "too-many-blank-lines",
    family = "pycodestyle",
    summary = "Too many blank lines in a row.")
public final class TooManyBlankLines extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.BLANK_LINES;
  }
}
