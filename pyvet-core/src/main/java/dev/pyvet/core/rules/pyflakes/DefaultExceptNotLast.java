package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F707",
    name = "default-except-not-last",
    family = "pyflakes",
    summary = "A bare except clause is followed by other except clauses.")
public final class DefaultExceptNotLast extends ModelRule {
  public DefaultExceptNotLast() {
    this(List.of(), false);
  }

  private DefaultExceptNotLast(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new DefaultExceptNotLast(builtins, doctests);
  }
}
