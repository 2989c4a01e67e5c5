package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F631",
    name = "assert-tuple",
    family = "pyflakes",
    summary = "An assert tests a non-empty tuple, which is always true.")
public final class AssertTuple extends ModelRule {
  public AssertTuple() {
    this(List.of(), false);
  }

  private AssertTuple(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new AssertTuple(builtins, doctests);
  }
}
