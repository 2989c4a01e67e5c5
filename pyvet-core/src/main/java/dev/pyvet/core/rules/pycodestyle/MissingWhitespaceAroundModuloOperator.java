package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E228",
    name = "missing-whitespace-around-modulo-operator",
    family = "pycodestyle",
    summary = "A modulo operator has no space around it.")
public final class MissingWhitespaceAroundModuloOperator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.MISSING;
  }
}
