package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N815",
    name = "mixed-case-variable-in-class-scope",
    family = "pep8-naming",
    summary = "A variable bound in a class body is in mixedCase.")
public final class MixedCaseVariableInClassScope extends NamingRule {
  public MixedCaseVariableInClassScope() {
    super(NamingSettings.DEFAULTS);
  }

  private MixedCaseVariableInClassScope(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new MixedCaseVariableInClassScope(settings);
  }
}
