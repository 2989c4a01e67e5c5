package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F722",
    name = "forward-annotation-syntax-error",
    family = "pyflakes",
    summary = "A string annotation is not a valid Python expression.")
public final class ForwardAnnotationSyntaxError extends ModelRule {
  public ForwardAnnotationSyntaxError() {
    this(List.of(), false);
  }

  private ForwardAnnotationSyntaxError(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new ForwardAnnotationSyntaxError(builtins, doctests);
  }
}
