package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E231",
    name = "missing-whitespace-after-punctuation",
    family = "pycodestyle",
    summary = "A comma, semicolon or colon is not followed by whitespace.")
public final class MissingWhitespaceAfterPunctuation extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.MISSING;
  }
}
