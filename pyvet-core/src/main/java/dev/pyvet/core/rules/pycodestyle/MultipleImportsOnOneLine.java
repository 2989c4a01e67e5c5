package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E401",
    name = "multiple-imports-on-one-line",
    family = "pycodestyle",
    summary = "One import statement imports several modules.")
public final class MultipleImportsOnOneLine extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.IMPORTS;
  }
}
