package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F811",
    name = "redefined-while-unused",
    family = "pyflakes",
    summary = "A name is bound again before its import or definition was used.")
public final class RedefinedWhileUnused extends ModelRule {
  public RedefinedWhileUnused() {
    this(List.of(), false);
  }

  private RedefinedWhileUnused(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new RedefinedWhileUnused(builtins, doctests);
  }
}
