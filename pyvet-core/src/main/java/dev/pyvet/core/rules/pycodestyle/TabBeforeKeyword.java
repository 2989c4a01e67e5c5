package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E274",
    name = "tab-before-keyword",
    family = "pycodestyle",
    summary = "A tab precedes a keyword.")
public final class TabBeforeKeyword extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
