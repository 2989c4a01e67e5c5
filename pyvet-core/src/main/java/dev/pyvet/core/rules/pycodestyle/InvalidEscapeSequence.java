package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "W605",
    name = "invalid-escape-sequence",
    family = "pycodestyle",
    summary = "A string contains an invalid backslash escape.")
public final class InvalidEscapeSequence extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Breaks.INVALID_ESCAPES;
  }
}
