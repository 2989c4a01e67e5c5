package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F831",
    name = "duplicate-argument",
    family = "pyflakes",
    summary = "A function or lambda has two parameters with the same name.")
public final class DuplicateArgument extends ModelRule {
  public DuplicateArgument() {
    this(List.of());
  }

  private DuplicateArgument(List<String> builtins) {
    super(builtins);
  }

  @Override
  protected ModelRule withBuiltins(List<String> builtins) {
    return new DuplicateArgument(builtins);
  }
}
