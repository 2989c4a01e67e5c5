package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F503",
    name = "percent-format-expected-sequence",
    family = "pyflakes",
    summary = "A `%` format with several positional placeholders is given a literal dict.")
public final class PercentFormatExpectedSequence extends ModelRule {
  public PercentFormatExpectedSequence() {
    this(List.of(), false);
  }

  private PercentFormatExpectedSequence(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatExpectedSequence(builtins, doctests);
  }
}
