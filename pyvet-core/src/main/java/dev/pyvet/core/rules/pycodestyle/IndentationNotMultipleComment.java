package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E114",
    name = "indentation-not-multiple-comment",
    family = "pycodestyle",
    summary = "A comment's indentation is not a multiple of the indent size.")
public final class IndentationNotMultipleComment extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.INDENTATION;
  }
}
