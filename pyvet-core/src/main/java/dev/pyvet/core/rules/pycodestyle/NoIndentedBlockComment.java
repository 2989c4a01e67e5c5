package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E115",
    name = "no-indented-block-comment",
    family = "pycodestyle",
    summary = "A comment where an indented block is expected is not indented.")
public final class NoIndentedBlockComment extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return BlankLines.INDENTATION;
  }
}
