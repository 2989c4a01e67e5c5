package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E306",
    name = "blank-lines-before-nested-definition",
    family = "pycodestyle",
    summary = "A nested definition is not preceded by a blank line.")
public final class BlankLinesBeforeNestedDefinition extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.BLANK_LINES;
  }
}
