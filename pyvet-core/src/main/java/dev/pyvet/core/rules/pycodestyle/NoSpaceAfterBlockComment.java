package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E265",
    name = "no-space-after-block-comment",
    family = "pycodestyle",
    summary = "A block comment does not start with '# '.")
public final class NoSpaceAfterBlockComment extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
