package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F701",
    name = "break-outside-loop",
    family = "pyflakes",
    summary = "A break statement is outside any loop.")
public final class BreakOutsideLoop extends ModelRule {
  public BreakOutsideLoop() {
    this(List.of(), false);
  }

  private BreakOutsideLoop(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new BreakOutsideLoop(builtins, doctests);
  }
}
