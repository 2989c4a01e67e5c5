package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N804",
    name = "invalid-first-argument-name-for-class-method",
    family = "pep8-naming",
    summary = "The first argument of a class method is not named cls.")
public final class InvalidFirstArgumentNameForClassMethod extends NamingRule {
  public InvalidFirstArgumentNameForClassMethod() {
    super(NamingSettings.DEFAULTS);
  }

  private InvalidFirstArgumentNameForClassMethod(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new InvalidFirstArgumentNameForClassMethod(settings);
  }
}
