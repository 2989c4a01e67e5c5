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
    this(List.of(), false);
  }

  private UndefinedExport(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UndefinedExport(builtins, doctests);
  }
}
