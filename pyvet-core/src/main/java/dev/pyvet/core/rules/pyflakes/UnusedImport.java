package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F401",
    name = "unused-import",
    family = "pyflakes",
    summary = "A module or name is imported but never used.")
public final class UnusedImport extends ModelRule {
  public UnusedImport() {
    this(List.of(), false);
  }

  private UnusedImport(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UnusedImport(builtins, doctests);
  }
}
