package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;
import java.util.List;

@RuleInfo(
    code = "F824",
    name = "unused-indirect-assignment",
    family = "pyflakes",
    summary = "A global or nonlocal declaration names a variable the scope never assigns.")
public final class UnusedIndirectAssignment extends ModelRule {
  public UnusedIndirectAssignment() {
    this(List.of(), false);
  }

  private UnusedIndirectAssignment(List<String> builtins, boolean doctests) {
    super(builtins, doctests);
  }

  @Override
  protected ModelRule configured(List<String> builtins, boolean doctests) {
    return new UnusedIndirectAssignment(builtins, doctests);
  }
}
