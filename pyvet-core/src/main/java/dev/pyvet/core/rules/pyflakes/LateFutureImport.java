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
    this(List.of());
  }

  private LateFutureImport(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new LateFutureImport(builtins);
  }
}
