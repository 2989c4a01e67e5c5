package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N801",
    name = "invalid-class-name",
    family = "pep8-naming",
    summary = "A class name is not in CapWords.")
public final class InvalidClassName extends NamingRule {
  public InvalidClassName() {
    super(NamingSettings.DEFAULTS);
  }

  private InvalidClassName(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new InvalidClassName(settings);
  }
}
