package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F405",
    name = "undefined-local-with-import-star-usage",
    family = "pyflakes",
    summary = "A name is undefined unless a star import defines it.")
public final class ImportStarUsage extends ModelRule {
  public ImportStarUsage() {
    this(List.of());
  }

  private ImportStarUsage(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new ImportStarUsage(builtins);
  }
}
