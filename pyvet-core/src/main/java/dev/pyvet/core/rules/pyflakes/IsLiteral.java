package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F632",
    name = "is-literal",
    family = "pyflakes",
    summary = "A str, bytes, number or tuple literal is compared with is or is not.")
public final class IsLiteral extends ModelRule {
  public IsLiteral() {
    this(List.of(), false);
  }

  private IsLiteral(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new IsLiteral(builtins, doctests);
  }
}
