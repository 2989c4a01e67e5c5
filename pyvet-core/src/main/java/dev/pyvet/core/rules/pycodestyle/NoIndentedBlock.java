package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E112",
    name = "no-indented-block",
    family = "pycodestyle",
    summary = "A block that needs indentation is not indented.")
public final class NoIndentedBlock extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.INDENTATION;
  }
}
