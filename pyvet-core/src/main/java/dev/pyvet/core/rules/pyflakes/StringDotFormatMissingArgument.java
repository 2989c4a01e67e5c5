package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F524",
    name = "string-dot-format-missing-arguments",
    family = "pyflakes",
    summary = "A `str.format` template has fields the call passes no argument for.")
public final class StringDotFormatMissingArgument extends ModelRule {
  public StringDotFormatMissingArgument() {
    this(List.of(), false);
  }

  private StringDotFormatMissingArgument(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new StringDotFormatMissingArgument(builtins, doctests);
  }
}
