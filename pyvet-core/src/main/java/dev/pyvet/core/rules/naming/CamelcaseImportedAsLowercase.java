package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N813",
    name = "camelcase-imported-as-lowercase",
    family = "pep8-naming",
    summary = "A CamelCase name is imported under a lowercase name.")
public final class CamelcaseImportedAsLowercase extends NamingRule {
  public CamelcaseImportedAsLowercase() {
    super(NamingSettings.DEFAULTS);
  }

  private CamelcaseImportedAsLowercase(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new CamelcaseImportedAsLowercase(settings);
  }
}
