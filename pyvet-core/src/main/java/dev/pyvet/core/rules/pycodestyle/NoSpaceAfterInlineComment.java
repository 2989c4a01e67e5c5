package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E262",
    name = "no-space-after-inline-comment",
    family = "pycodestyle",
    summary = "An inline comment does not start with '# '.")
public final class NoSpaceAfterInlineComment extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
