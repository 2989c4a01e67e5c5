package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F505",
    name = "percent-format-missing-argument",
    family = "pyflakes",
    summary = "A `%` format names placeholders the literal dict given to it lacks.")
public final class PercentFormatMissingArgument extends ModelRule {
  public PercentFormatMissingArgument() {
    this(List.of(), false);
  }

  private PercentFormatMissingArgument(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatMissingArgument(builtins, doctests);
  }
}
