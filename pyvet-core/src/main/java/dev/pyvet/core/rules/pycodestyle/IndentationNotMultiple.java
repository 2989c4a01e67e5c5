package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E111",
    name = "indentation-not-multiple",
    family = "pycodestyle",
    summary = "Indentation is not a multiple of the indent size.")
public final class IndentationNotMultiple extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
