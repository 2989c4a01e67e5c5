package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E204",
    name = "whitespace-after-decorator",
    family = "pycodestyle",
    summary = "Whitespace follows a decorator's '@'.")
public final class WhitespaceAfterDecorator extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.EXTRANEOUS_WHITESPACE;
  }
}
