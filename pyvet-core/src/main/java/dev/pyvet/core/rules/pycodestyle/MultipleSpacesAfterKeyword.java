package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E271",
    name = "multiple-spaces-after-keyword",
    family = "pycodestyle",
    summary = "More than one space follows a keyword.")
public final class MultipleSpacesAfterKeyword extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
