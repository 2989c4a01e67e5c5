package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F621",
    name = "expressions-in-star-assignment",
    family = "pyflakes",
    summary = "A starred assignment target has too many names before the star.")
public final class ExpressionsInStarAssignment extends ModelRule {
  public ExpressionsInStarAssignment() {
    this(List.of(), false);
  }

  private ExpressionsInStarAssignment(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ExpressionsInStarAssignment(builtins, doctests);
  }
}
