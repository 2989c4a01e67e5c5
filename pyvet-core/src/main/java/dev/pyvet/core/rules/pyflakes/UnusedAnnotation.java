package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F842",
    name = "unused-annotation",
    family = "pyflakes",
    summary = "A local variable is annotated but never assigned or used.")
public final class UnusedAnnotation extends ModelRule {
  public UnusedAnnotation() {
    this(List.of(), false);
  }

  private UnusedAnnotation(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UnusedAnnotation(builtins, doctests);
  }
}
