package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N802",
    name = "invalid-function-name",
    family = "pep8-naming",
    summary = "A function or method name has uppercase letters.")
public final class InvalidFunctionName extends NamingRule {
  public InvalidFunctionName() {
    super(NamingSettings.DEFAULTS);
  }

  private InvalidFunctionName(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new InvalidFunctionName(settings);
  }
}
