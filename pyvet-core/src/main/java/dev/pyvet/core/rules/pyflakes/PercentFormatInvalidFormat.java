package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F501",
    name = "percent-format-invalid-format",
    family = "pyflakes",
    summary = "A `%` format string ends in the middle of a conversion specifier.")
public final class PercentFormatInvalidFormat extends ModelRule {
  public PercentFormatInvalidFormat() {
    this(List.of(), false);
  }

  private PercentFormatInvalidFormat(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatInvalidFormat(builtins, doctests);
  }
}
