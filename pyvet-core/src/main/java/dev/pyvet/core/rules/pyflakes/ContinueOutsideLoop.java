package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F702",
    name = "continue-outside-loop",
    family = "pyflakes",
    summary = "A continue statement is outside any loop.")
public final class ContinueOutsideLoop extends ModelRule {
  public ContinueOutsideLoop() {
    this(List.of(), false);
  }

  private ContinueOutsideLoop(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ContinueOutsideLoop(builtins, doctests);
  }
}
