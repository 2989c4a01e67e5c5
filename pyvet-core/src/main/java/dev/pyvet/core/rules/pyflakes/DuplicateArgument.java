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
    this(List.of(), false);
  }

  private DuplicateArgument(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new DuplicateArgument(builtins, doctests);
  }
}
