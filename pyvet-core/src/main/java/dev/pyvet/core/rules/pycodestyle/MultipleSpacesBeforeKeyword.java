package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E272",
    name = "multiple-spaces-before-keyword",
    family = "pycodestyle",
    summary = "More than one space precedes a keyword.")
public final class MultipleSpacesBeforeKeyword extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return Whitespace.AROUND_KEYWORDS;
  }
}
