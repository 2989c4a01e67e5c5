package dev.pyvet.core.rule;

import dev.pyvet.core.logical.FileTokens;

/** A rule that looks at the whole token stream of a file once. */
public interface TokenRule extends Rule {
  void check(FileTokens tokens, Findings out);
}
