package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F822",
    name = "undefined-export",
    family = "pyflakes",
    summary = "__all__ lists a name the module does not define.")
public final class UndefinedExport extends ModelRule {
  public UndefinedExport() {
    this(List.of());
  }

  private UndefinedExport(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new UndefinedExport(builtins);
  }
}
