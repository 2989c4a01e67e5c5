package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F406",
    name = "undefined-local-with-nested-import-star-usage",
    family = "pyflakes",
    summary = "A star import appears outside the module level.")
public final class ImportStarNotPermitted extends ModelRule {
  public ImportStarNotPermitted() {
    this(List.of(), false);
  }

  private ImportStarNotPermitted(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ImportStarNotPermitted(builtins, doctests);
  }
}
