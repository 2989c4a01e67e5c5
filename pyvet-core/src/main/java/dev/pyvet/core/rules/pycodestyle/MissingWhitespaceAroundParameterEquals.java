package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E252",
    name = "missing-whitespace-around-parameter-equals",
    family = "pycodestyle",
    summary = "An annotated parameter's default '=' lacks spaces.")
public final class MissingWhitespaceAroundParameterEquals extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return TokenWhitespace.NAMED_PARAMETER_EQUALS;
  }
}
