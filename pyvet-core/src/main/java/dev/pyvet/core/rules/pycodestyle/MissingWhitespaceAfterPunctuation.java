package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "E231",
    name = "missing-whitespace-after-punctuation",
    family = "pycodestyle",
    summary = "A comma, semicolon or colon is not followed by whitespace.")
public final class MissingWhitespaceAfterPunctuation extends SharedLogicalRule {
  @Override
  Analysis analysis() {
    return Whitespace.MISSING;
  }
}
