package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E742",
    name = "ambiguous-class-name",
    family = "pycodestyle",
    summary = "A class is named l, O or I.")
public final class AmbiguousClassName extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.AMBIGUOUS;
  }
}
