package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F823",
    name = "undefined-local",
    family = "pyflakes",
    summary = "A local variable is read before it is assigned, hiding an outer binding.")
public final class UndefinedLocal extends ModelRule {
  public UndefinedLocal() {
    this(List.of(), false);
  }

  private UndefinedLocal(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UndefinedLocal(builtins, doctests);
  }
}
