package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F402",
    name = "import-shadowed-by-loop-var",
    family = "pyflakes",
    summary = "A loop variable rebinds the name of an import.")
public final class ImportShadowedByLoopVar extends ModelRule {
  public ImportShadowedByLoopVar() {
    this(List.of(), false);
  }

  private ImportShadowedByLoopVar(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ImportShadowedByLoopVar(builtins, doctests);
  }
}
