package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E401",
    name = "multiple-imports-on-one-line",
    family = "pycodestyle",
    summary = "One import statement imports several modules.")
public final class MultipleImportsOnOneLine extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.IMPORTS;
  }
}
