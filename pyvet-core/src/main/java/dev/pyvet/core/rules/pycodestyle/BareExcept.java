package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E722",
    name = "bare-except",
    family = "pycodestyle",
    summary = "An except clause names no exception.")
public final class BareExcept extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.BARE_EXCEPT_CHECK;
  }
}
