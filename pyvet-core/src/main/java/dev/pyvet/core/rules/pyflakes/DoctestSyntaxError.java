package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F721",
    name = "doctest-syntax-error",
    family = "pyflakes",
    summary = "An example in a docstring is not valid Python (with --doctests only).")
public final class DoctestSyntaxError extends ModelRule {
  public DoctestSyntaxError() {
    this(List.of(), false);
  }

  private DoctestSyntaxError(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new DoctestSyntaxError(builtins, doctests);
  }
}
