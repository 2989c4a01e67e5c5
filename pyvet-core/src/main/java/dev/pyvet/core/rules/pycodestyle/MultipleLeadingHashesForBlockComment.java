package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E266",
    name = "multiple-leading-hashes-for-block-comment",
    family = "pycodestyle",
    summary = "A block comment starts with more than one '#'.")
public final class MultipleLeadingHashesForBlockComment extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return TokenWhitespace.BEFORE_COMMENT;
  }
}
