package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E116",
    name = "unexpected-indentation-comment",
    family = "pycodestyle",
    summary = "A comment is indented where no block starts.")
public final class UnexpectedIndentationComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
