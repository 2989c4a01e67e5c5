package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N805",
    name = "invalid-first-argument-name-for-method",
    family = "pep8-naming",
    summary = "The first argument of a method is not named self.")
public final class InvalidFirstArgumentNameForMethod extends NamingRule {
  public InvalidFirstArgumentNameForMethod() {
    super(NamingSettings.DEFAULTS);
  }

  private InvalidFirstArgumentNameForMethod(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new InvalidFirstArgumentNameForMethod(settings);
  }
}
