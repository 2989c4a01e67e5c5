package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F821",
    name = "undefined-name",
    family = "pyflakes",
    summary = "A name is read but never bound in any enclosing scope.")
public final class UndefinedName extends ModelRule {
  public UndefinedName() {
    this(List.of(), false);
  }

  private UndefinedName(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UndefinedName(builtins, doctests);
  }
}
