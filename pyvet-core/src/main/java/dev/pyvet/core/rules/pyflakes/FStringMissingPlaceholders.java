package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F541",
    name = "f-string-missing-placeholders",
    family = "pyflakes",
    summary = "An f-string has no replacement fields.")
public final class FStringMissingPlaceholders extends ModelRule {
  public FStringMissingPlaceholders() {
    this(List.of(), false);
  }

  private FStringMissingPlaceholders(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new FStringMissingPlaceholders(builtins, doctests);
  }
}
