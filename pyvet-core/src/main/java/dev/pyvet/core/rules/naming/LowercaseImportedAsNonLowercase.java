package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N812",
    name = "lowercase-imported-as-non-lowercase",
    family = "pep8-naming",
    summary = "A lowercase name is imported under a name with uppercase letters.")
public final class LowercaseImportedAsNonLowercase extends NamingRule {
  public LowercaseImportedAsNonLowercase() {
    super(NamingSettings.DEFAULTS);
  }

  private LowercaseImportedAsNonLowercase(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new LowercaseImportedAsNonLowercase(settings);
  }
}
