package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E116",
    name = "unexpected-indentation-comment",
    family = "pycodestyle",
    summary = "A comment is indented where no block starts.")
public final class UnexpectedIndentationComment extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return BlankLines.INDENTATION;
  }
}
