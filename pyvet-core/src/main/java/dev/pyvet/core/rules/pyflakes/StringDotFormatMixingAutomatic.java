package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F525",
    name = "string-dot-format-mixing-automatic",
    family = "pyflakes",
    summary = "A `str.format` template mixes automatic (`{}`) and manual (`{0}`) field numbering.")
public final class StringDotFormatMixingAutomatic extends ModelRule {
  public StringDotFormatMixingAutomatic() {
    this(List.of(), false);
  }

  private StringDotFormatMixingAutomatic(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new StringDotFormatMixingAutomatic(builtins, doctests);
  }
}
