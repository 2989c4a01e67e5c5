package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E305",
    name = "blank-lines-after-function-or-class",
    family = "pycodestyle",
    summary = "Code after a top-level definition is not preceded by two blank lines.")
public final class BlankLinesAfterFunctionOrClass extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.BLANK_LINES;
  }
}
