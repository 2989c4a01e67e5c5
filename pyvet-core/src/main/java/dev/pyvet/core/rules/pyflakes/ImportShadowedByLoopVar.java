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
    this(List.of());
  }

  private ImportShadowedByLoopVar(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new ImportShadowedByLoopVar(builtins);
  }
}
