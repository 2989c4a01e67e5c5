package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E273",
    name = "tab-after-keyword",
    family = "pycodestyle",
    summary = "A tab follows a keyword.")
public final class TabAfterKeyword extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
