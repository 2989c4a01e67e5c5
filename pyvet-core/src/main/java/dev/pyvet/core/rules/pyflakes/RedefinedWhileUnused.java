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
    this(List.of());
  }

  private RedefinedWhileUnused(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new RedefinedWhileUnused(builtins);
  }
}
