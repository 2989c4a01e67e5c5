package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E274",
    name = "tab-before-keyword",
    family = "pycodestyle",
    summary = "A tab precedes a keyword.")
public final class TabBeforeKeyword extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
