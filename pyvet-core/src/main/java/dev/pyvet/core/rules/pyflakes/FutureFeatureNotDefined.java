package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F407",
    name = "future-feature-not-defined",
    family = "pyflakes",
    summary = "A from __future__ import names a feature Python does not have.")
public final class FutureFeatureNotDefined extends ModelRule {
  public FutureFeatureNotDefined() {
    this(List.of(), false);
  }

  private FutureFeatureNotDefined(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new FutureFeatureNotDefined(builtins, doctests);
  }
}
