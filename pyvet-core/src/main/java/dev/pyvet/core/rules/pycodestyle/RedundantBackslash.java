package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E502",
    name = "redundant-backslash",
    family = "pycodestyle",
    summary = "A backslash continues a line inside brackets.")
public final class RedundantBackslash extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Breaks.EXPLICIT_LINE_JOIN;
  }
}
