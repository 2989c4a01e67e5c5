package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E271",
    name = "multiple-spaces-after-keyword",
    family = "pycodestyle",
    summary = "More than one space follows a keyword.")
public final class MultipleSpacesAfterKeyword extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
