package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N817",
    name = "camelcase-imported-as-acronym",
    family = "pep8-naming",
    summary = "A CamelCase name is imported under its capital letters.")
public final class CamelcaseImportedAsAcronym extends NamingRule {
  public CamelcaseImportedAsAcronym() {
    super(NamingSettings.DEFAULTS);
  }

  private CamelcaseImportedAsAcronym(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new CamelcaseImportedAsAcronym(settings);
  }
}
