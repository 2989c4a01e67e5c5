package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F602",
    name = "multi-value-repeated-key-variable",
    family = "pyflakes",
    summary = "A dictionary literal repeats a variable key with different values.")
public final class MultiValueRepeatedKeyVariable extends ModelRule {
  public MultiValueRepeatedKeyVariable() {
    this(List.of(), false);
  }

  private MultiValueRepeatedKeyVariable(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new MultiValueRepeatedKeyVariable(builtins, doctests);
  }
}
