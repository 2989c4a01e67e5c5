package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F508",
    name = "percent-format-star-requires-sequence",
    family = "pyflakes",
    summary = "A `%` format uses a `*` width or precision with named placeholders.")
public final class PercentFormatStarRequiresSequence extends ModelRule {
  public PercentFormatStarRequiresSequence() {
    this(List.of(), false);
  }

  private PercentFormatStarRequiresSequence(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatStarRequiresSequence(builtins, doctests);
  }
}
