package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E722",
    name = "bare-except",
    family = "pycodestyle",
    summary = "An except clause names no exception.")
public final class BareExcept extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Statements.BARE_EXCEPT_CHECK;
  }
}
