package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E211",
    name = "whitespace-before-parameters",
    family = "pycodestyle",
    summary = "Whitespace precedes the bracket of a call or subscript.")
public final class WhitespaceBeforeParameters extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return TokenWhitespace.BEFORE_PARAMETERS;
  }
}
