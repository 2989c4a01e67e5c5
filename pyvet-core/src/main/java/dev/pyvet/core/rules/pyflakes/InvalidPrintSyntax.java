package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F633",
    name = "invalid-print-syntax",
    family = "pyflakes",
    summary = "The print function is used with >> as in Python 2.")
public final class InvalidPrintSyntax extends ModelRule {
  public InvalidPrintSyntax() {
    this(List.of(), false);
  }

  private InvalidPrintSyntax(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new InvalidPrintSyntax(builtins, doctests);
  }
}
