package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F509",
    name = "percent-format-unsupported-format-character",
    family = "pyflakes",
    summary = "A `%` format has a conversion character Python does not know.")
public final class PercentFormatUnsupportedFormatCharacter extends ModelRule {
  public PercentFormatUnsupportedFormatCharacter() {
    this(List.of(), false);
  }

  private PercentFormatUnsupportedFormatCharacter(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new PercentFormatUnsupportedFormatCharacter(builtins, doctests);
  }
}
