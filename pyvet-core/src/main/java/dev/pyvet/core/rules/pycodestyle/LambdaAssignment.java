package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E731",
    name = "lambda-assignment",
    family = "pycodestyle",
    summary = "A lambda expression is assigned to a name.")
public final class LambdaAssignment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.COMPOUND;
  }
}
