package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F542",
    name = "t-string-missing-placeholders",
    family = "pyflakes",
    summary = "A t-string (Python 3.14) has no interpolations.")
public final class TStringMissingPlaceholders extends ModelRule {
  public TStringMissingPlaceholders() {
    this(List.of(), false);
  }

  private TStringMissingPlaceholders(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new TStringMissingPlaceholders(builtins, doctests);
  }
}
