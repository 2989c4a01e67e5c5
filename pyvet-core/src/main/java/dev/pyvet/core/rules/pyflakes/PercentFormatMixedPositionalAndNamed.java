package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F506",
    name = "percent-format-mixed-positional-and-named",
    family = "pyflakes",
    summary = "A `%` format mixes positional and named placeholders.")
public final class PercentFormatMixedPositionalAndNamed extends ModelRule {
  public PercentFormatMixedPositionalAndNamed() {
    this(List.of(), false);
  }

  private PercentFormatMixedPositionalAndNamed(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatMixedPositionalAndNamed(builtins, doctests);
  }
}
