package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F634",
    name = "if-tuple",
    family = "pyflakes",
    summary = "An if statement or expression tests a non-empty tuple, which is always true.")
public final class IfTuple extends ModelRule {
  public IfTuple() {
    this(List.of(), false);
  }

  private IfTuple(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new IfTuple(builtins, doctests);
  }
}
