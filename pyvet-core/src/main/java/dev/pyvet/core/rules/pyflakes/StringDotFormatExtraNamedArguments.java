package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F522",
    name = "string-dot-format-extra-named-arguments",
    family = "pyflakes",
    summary = "A `str.format` call passes keyword arguments no field uses.")
public final class StringDotFormatExtraNamedArguments extends ModelRule {
  public StringDotFormatExtraNamedArguments() {
    this(List.of(), false);
  }

  private StringDotFormatExtraNamedArguments(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new StringDotFormatExtraNamedArguments(builtins, doctests);
  }
}
