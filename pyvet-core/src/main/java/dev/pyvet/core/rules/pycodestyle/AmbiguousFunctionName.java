package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E743",
    name = "ambiguous-function-name",
    family = "pycodestyle",
    summary = "A function is named l, O or I.")
public final class AmbiguousFunctionName extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.AMBIGUOUS;
  }
}
