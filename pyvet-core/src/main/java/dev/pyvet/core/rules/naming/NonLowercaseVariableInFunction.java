package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N806",
    name = "non-lowercase-variable-in-function",
    family = "pep8-naming",
    summary = "A variable bound in a function has uppercase letters.")
public final class NonLowercaseVariableInFunction extends NamingRule {
  public NonLowercaseVariableInFunction() {
    super(NamingSettings.DEFAULTS);
  }

  private NonLowercaseVariableInFunction(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new NonLowercaseVariableInFunction(settings);
  }
}
