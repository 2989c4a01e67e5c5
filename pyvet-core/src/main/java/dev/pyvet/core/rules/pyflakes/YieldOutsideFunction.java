package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F704",
    name = "yield-outside-function",
    family = "pyflakes",
    summary = "A yield, yield from or await is outside a function.")
public final class YieldOutsideFunction extends ModelRule {
  public YieldOutsideFunction() {
    this(List.of(), false);
  }

  private YieldOutsideFunction(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new YieldOutsideFunction(builtins, doctests);
  }
}
