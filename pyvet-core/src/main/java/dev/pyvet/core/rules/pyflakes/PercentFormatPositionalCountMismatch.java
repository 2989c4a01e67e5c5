package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F507",
    name = "percent-format-positional-count-mismatch",
    family = "pyflakes",
    summary = "A `%` format's positional placeholders and its literal tuple or list differ in number.")
public final class PercentFormatPositionalCountMismatch extends ModelRule {
  public PercentFormatPositionalCountMismatch() {
    this(List.of(), false);
  }

  private PercentFormatPositionalCountMismatch(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatPositionalCountMismatch(builtins, doctests);
  }
}
