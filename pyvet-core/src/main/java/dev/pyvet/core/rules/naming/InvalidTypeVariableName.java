package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N808",
    name = "invalid-type-variable-name",
    family = "pep8-naming",
    summary = "A module-level TypeVar is not named in CapWords with an optional _co or _contra suffix.")
public final class InvalidTypeVariableName extends NamingRule {
  public InvalidTypeVariableName() {
    super(NamingSettings.DEFAULTS);
  }

  private InvalidTypeVariableName(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new InvalidTypeVariableName(settings);
  }
}
