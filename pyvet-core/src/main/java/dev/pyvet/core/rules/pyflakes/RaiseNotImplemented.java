package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F901",
    name = "raise-not-implemented",
    family = "pyflakes",
    summary = "NotImplemented is raised instead of NotImplementedError.")
public final class RaiseNotImplemented extends ModelRule {
  public RaiseNotImplemented() {
    this(List.of(), false);
  }

  private RaiseNotImplemented(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new RaiseNotImplemented(builtins, doctests);
  }
}
