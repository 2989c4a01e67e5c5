package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E742",
    name = "ambiguous-class-name",
    family = "pycodestyle",
    summary = "A class is named l, O or I.")
public final class AmbiguousClassName extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.AMBIGUOUS;
  }
}
