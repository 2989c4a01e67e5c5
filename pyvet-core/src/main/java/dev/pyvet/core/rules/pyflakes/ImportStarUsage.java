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
    this(List.of(), false);
  }

  private ImportStarUsage(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ImportStarUsage(builtins, doctests);
  }
}
