package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N807",
    name = "dunder-function-name",
    family = "pep8-naming",
    summary = "A function outside a class body has a name that starts and ends with two underscores.")
public final class DunderFunctionName extends NamingRule {
  public DunderFunctionName() {
    super(NamingSettings.DEFAULTS);
  }

  private DunderFunctionName(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new DunderFunctionName(settings);
  }
}
