package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E702",
    name = "multiple-statements-on-one-line-semicolon",
    family = "pycodestyle",
    summary = "Several statements share one line, separated by semicolons.")
public final class MultipleStatementsOnOneLineSemicolon extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.COMPOUND;
  }
}
