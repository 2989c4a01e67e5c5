package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E272",
    name = "multiple-spaces-before-keyword",
    family = "pycodestyle",
    summary = "More than one space precedes a keyword.")
public final class MultipleSpacesBeforeKeyword extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
