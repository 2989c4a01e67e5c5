package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E304",
    name = "blank-line-after-decorator",
    family = "pycodestyle",
    summary = "A blank line separates a decorator from its definition.")
public final class BlankLineAfterDecorator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.BLANK_LINES;
  }
}
