package dev.pyvet.core.rule;

import dev.pyvet.core.logical.LogicalLine;

/** A rule that looks at one logical line at a time, as pycodestyle builds them. */
public interface LogicalLineRule extends Rule {
  void check(LogicalLine line, Findings out);
}
