package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N803",
    name = "invalid-argument-name",
    family = "pep8-naming",
    summary = "An argument name has uppercase letters.")
public final class InvalidArgumentName extends NamingRule {
  public InvalidArgumentName() {
    super(NamingSettings.DEFAULTS);
  }

  private InvalidArgumentName(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new InvalidArgumentName(settings);
  }
}
