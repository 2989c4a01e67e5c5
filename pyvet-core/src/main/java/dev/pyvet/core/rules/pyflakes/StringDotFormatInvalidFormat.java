package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F521",
    name = "string-dot-format-invalid-format",
    family = "pyflakes",
    summary = "A `str.format` template does not parse.")
public final class StringDotFormatInvalidFormat extends ModelRule {
  public StringDotFormatInvalidFormat() {
    this(List.of(), false);
  }

  private StringDotFormatInvalidFormat(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new StringDotFormatInvalidFormat(builtins, doctests);
  }
}
