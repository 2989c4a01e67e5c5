package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E701",
    name = "multiple-statements-on-one-line-colon",
    family = "pycodestyle",
    summary = "A compound statement's body is on the same line as its header.")
public final class MultipleStatementsOnOneLineColon extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.COMPOUND;
  }
}
