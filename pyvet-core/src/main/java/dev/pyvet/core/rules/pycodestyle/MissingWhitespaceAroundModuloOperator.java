package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E228",
    name = "missing-whitespace-around-modulo-operator",
    family = "pycodestyle",
    summary = "A modulo operator has no space around it.")
public final class MissingWhitespaceAroundModuloOperator extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.MISSING;
  }
}
