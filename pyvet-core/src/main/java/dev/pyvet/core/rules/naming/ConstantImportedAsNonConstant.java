package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N811",
    name = "constant-imported-as-non-constant",
    family = "pep8-naming",
    summary = "An UPPERCASE name is imported under a name that is not.")
public final class ConstantImportedAsNonConstant extends NamingRule {
  public ConstantImportedAsNonConstant() {
    super(NamingSettings.DEFAULTS);
  }

  private ConstantImportedAsNonConstant(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new ConstantImportedAsNonConstant(settings);
  }
}
