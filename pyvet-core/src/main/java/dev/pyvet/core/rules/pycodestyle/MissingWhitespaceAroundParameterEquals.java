package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.RuleInfo;
import java.util.List;
import java.util.function.Function;

@RuleInfo(
    code = "E252",
    name = "missing-whitespace-around-parameter-equals",
    family = "pycodestyle",
    summary = "An annotated parameter's default '=' lacks spaces.")
public final class MissingWhitespaceAroundParameterEquals extends SharedLogicalRule {
  @Override
  Function<LogicalLine, List<Hit>> analysis() {
    return TokenWhitespace.NAMED_PARAMETER_EQUALS;
  }
}
