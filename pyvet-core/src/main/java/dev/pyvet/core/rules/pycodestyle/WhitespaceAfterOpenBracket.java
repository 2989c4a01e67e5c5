package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E201",
    name = "whitespace-after-open-bracket",
    family = "pycodestyle",
    summary = "Whitespace follows an opening bracket.")
public final class WhitespaceAfterOpenBracket extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
