package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E302",
    name = "blank-lines-top-level",
    family = "pycodestyle",
    summary = "A top-level definition is not preceded by two blank lines.")
public final class BlankLinesTopLevel extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.BLANK_LINES;
  }
}
