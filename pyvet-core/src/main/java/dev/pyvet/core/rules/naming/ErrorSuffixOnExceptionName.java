package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "N818",
    name = "error-suffix-on-exception-name",
    family = "pep8-naming",
    summary = "An exception class name does not end in Error.",
    defaultEnabled = false)
public final class ErrorSuffixOnExceptionName extends NamingRule {
  public ErrorSuffixOnExceptionName() {
    super(NamingSettings.DEFAULTS);
  }

  private ErrorSuffixOnExceptionName(NamingSettings settings) {
    super(settings);
  }

  @Override
  NamingRule with(NamingSettings settings) {
    return new ErrorSuffixOnExceptionName(settings);
  }
}
