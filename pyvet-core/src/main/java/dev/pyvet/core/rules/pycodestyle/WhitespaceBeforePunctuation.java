package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E203",
    name = "whitespace-before-punctuation",
    family = "pycodestyle",
    summary = "Whitespace precedes a comma, semicolon or colon.")
public final class WhitespaceBeforePunctuation extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
