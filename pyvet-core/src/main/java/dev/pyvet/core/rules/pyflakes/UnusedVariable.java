package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F841",
    name = "unused-variable",
    family = "pyflakes",
    summary = "A local variable is assigned but never used.")
public final class UnusedVariable extends ModelRule {
  public UnusedVariable() {
    this(List.of(), false);
  }

  private UnusedVariable(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UnusedVariable(builtins, doctests);
  }
}
