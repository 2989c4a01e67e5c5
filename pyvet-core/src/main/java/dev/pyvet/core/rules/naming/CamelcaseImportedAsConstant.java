package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N814",
    name = "camelcase-imported-as-constant",
    family = "pep8-naming",
    summary = "A CamelCase name is imported under an UPPERCASE name.")
public final class CamelcaseImportedAsConstant extends NamingRule {
  public CamelcaseImportedAsConstant() {
    super(NamingSettings.DEFAULTS);
  }

  private CamelcaseImportedAsConstant(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new CamelcaseImportedAsConstant(settings);
  }
}
