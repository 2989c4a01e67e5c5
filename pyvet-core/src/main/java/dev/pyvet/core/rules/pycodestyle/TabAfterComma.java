package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E242",
    name = "tab-after-comma",
    family = "pycodestyle",
    summary = "A tab follows a comma, semicolon or colon.",
    defaultEnabled = false)
public final class TabAfterComma extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_COMMA;
  }
}
