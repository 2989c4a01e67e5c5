package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F504",
    name = "percent-format-extra-named-arguments",
    family = "pyflakes",
    summary = "A literal dict given to a `%` format has keys no placeholder uses.")
public final class PercentFormatExtraNamedArguments extends ModelRule {
  public PercentFormatExtraNamedArguments() {
    this(List.of(), false);
  }

  private PercentFormatExtraNamedArguments(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatExtraNamedArguments(builtins, doctests);
  }
}
