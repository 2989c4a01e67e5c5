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
    this(List.of());
  }

  private UnusedVariable(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new UnusedVariable(builtins);
  }
}
