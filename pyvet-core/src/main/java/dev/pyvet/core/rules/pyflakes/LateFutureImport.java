package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F404",
    name = "late-future-import",
    family = "pyflakes",
    summary = "A from __future__ import comes after other statements.")
public final class LateFutureImport extends ModelRule {
  public LateFutureImport() {
    this(List.of(), false);
  }

  private LateFutureImport(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new LateFutureImport(builtins, doctests);
  }
}
