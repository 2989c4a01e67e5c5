package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E703",
    name = "useless-semicolon",
    family = "pycodestyle",
    summary = "A statement ends with a semicolon.")
public final class UselessSemicolon extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.COMPOUND;
  }
}
