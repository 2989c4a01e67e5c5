package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F502",
    name = "percent-format-expected-mapping",
    family = "pyflakes",
    summary = "A `%` format with named placeholders (or none) is given a literal tuple or list.")
public final class PercentFormatExpectedMapping extends ModelRule {
  public PercentFormatExpectedMapping() {
    this(List.of(), false);
  }

  private PercentFormatExpectedMapping(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatExpectedMapping(builtins, doctests);
  }
}
