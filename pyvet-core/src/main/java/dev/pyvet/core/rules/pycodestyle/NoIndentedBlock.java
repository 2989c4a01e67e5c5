package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E112",
    name = "no-indented-block",
    family = "pycodestyle",
    summary = "A block that needs indentation is not indented.")
public final class NoIndentedBlock extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
