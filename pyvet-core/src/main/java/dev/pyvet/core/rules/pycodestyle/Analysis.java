package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;

/** One pycodestyle analysis of a logical line, finding the codes of several rules at once. */
@FunctionalInterface
interface Analysis {
  void run(LogicalLine line, Hits hits);
}
