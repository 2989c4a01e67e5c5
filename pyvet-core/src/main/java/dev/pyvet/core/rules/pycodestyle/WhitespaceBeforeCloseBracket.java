package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E202",
    name = "whitespace-before-close-bracket",
    family = "pycodestyle",
    summary = "Whitespace precedes a closing bracket.")
public final class WhitespaceBeforeCloseBracket extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
