package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E704",
    name = "multiple-statements-on-one-line-def",
    family = "pycodestyle",
    summary = "A function's body is on the same line as its `def`.",
    defaultEnabled = false)
public final class MultipleStatementsOnOneLineDef extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.COMPOUND;
  }
}
