package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F706",
    name = "return-outside-function",
    family = "pyflakes",
    summary = "A return statement is outside a function.")
public final class ReturnOutsideFunction extends ModelRule {
  public ReturnOutsideFunction() {
    this(List.of(), false);
  }

  private ReturnOutsideFunction(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ReturnOutsideFunction(builtins, doctests);
  }
}
