package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F601",
    name = "multi-value-repeated-key-literal",
    family = "pyflakes",
    summary = "A dictionary literal repeats a constant key with different values.")
public final class MultiValueRepeatedKeyLiteral extends ModelRule {
  public MultiValueRepeatedKeyLiteral() {
    this(List.of(), false);
  }

  private MultiValueRepeatedKeyLiteral(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new MultiValueRepeatedKeyLiteral(builtins, doctests);
  }
}
