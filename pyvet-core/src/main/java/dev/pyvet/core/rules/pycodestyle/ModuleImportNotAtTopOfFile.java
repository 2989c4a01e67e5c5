package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E402",
    name = "module-import-not-at-top-of-file",
    family = "pycodestyle",
    summary = "A module-level import comes after other code.")
public final class ModuleImportNotAtTopOfFile extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.IMPORTS_ON_TOP;
  }
}
