package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E402",
    name = "module-import-not-at-top-of-file",
    family = "pycodestyle",
    summary = "A module-level import comes after other code.")
public final class ModuleImportNotAtTopOfFile extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Statements.IMPORTS_ON_TOP;
  }
}
