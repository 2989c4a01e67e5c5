package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E275",
    name = "missing-whitespace-after-keyword",
    family = "pycodestyle",
    summary = "A keyword is directly followed by other code.")
public final class MissingWhitespaceAfterKeyword extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return TokenWhitespace.AFTER_KEYWORD;
  }
}
