package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F403",
    name = "undefined-local-with-import-star",
    family = "pyflakes",
    summary = "A star import makes undefined names undetectable.")
public final class ImportStarUsed extends ModelRule {
  public ImportStarUsed() {
    this(List.of(), false);
  }

  private ImportStarUsed(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ImportStarUsed(builtins, doctests);
  }
}
