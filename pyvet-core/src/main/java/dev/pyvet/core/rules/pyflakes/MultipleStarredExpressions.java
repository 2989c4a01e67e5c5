package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F622",
    name = "multiple-starred-expressions",
    family = "pyflakes",
    summary = "An assignment target has two starred names.")
public final class MultipleStarredExpressions extends ModelRule {
  public MultipleStarredExpressions() {
    this(List.of(), false);
  }

  private MultipleStarredExpressions(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new MultipleStarredExpressions(builtins, doctests);
  }
}
