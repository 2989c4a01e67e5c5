package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N816",
    name = "mixed-case-variable-in-global-scope",
    family = "pep8-naming",
    summary = "A variable bound at module level is in mixedCase.")
public final class MixedCaseVariableInGlobalScope extends NamingRule {
  public MixedCaseVariableInGlobalScope() {
    super(NamingSettings.DEFAULTS);
  }

  private MixedCaseVariableInGlobalScope(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new MixedCaseVariableInGlobalScope(settings);
  }
}
