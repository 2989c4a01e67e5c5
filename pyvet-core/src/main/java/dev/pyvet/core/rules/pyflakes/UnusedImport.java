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
    this(List.of());
  }

  private UnusedImport(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new UnusedImport(builtins);
  }
}
