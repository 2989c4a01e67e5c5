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
    this(List.of());
  }

  private FutureFeatureNotDefined(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new FutureFeatureNotDefined(builtins);
  }
}
