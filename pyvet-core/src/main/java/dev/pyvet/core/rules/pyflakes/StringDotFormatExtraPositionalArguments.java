package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F523",
    name = "string-dot-format-extra-positional-arguments",
    family = "pyflakes",
    summary = "A `str.format` call passes positional arguments no field uses.")
public final class StringDotFormatExtraPositionalArguments extends ModelRule {
  public StringDotFormatExtraPositionalArguments() {
    this(List.of(), false);
  }

  private StringDotFormatExtraPositionalArguments(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new StringDotFormatExtraPositionalArguments(builtins, doctests);
  }
}
