package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E301",
    name = "blank-line-between-methods",
    family = "pycodestyle",
    summary = "A method definition is not preceded by a blank line.")
public final class BlankLineBetweenMethods extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.BLANK_LINES;
  }
}
