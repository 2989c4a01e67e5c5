package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E273",
    name = "tab-after-keyword",
    family = "pycodestyle",
    summary = "A tab follows a keyword.")
public final class TabAfterKeyword extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
