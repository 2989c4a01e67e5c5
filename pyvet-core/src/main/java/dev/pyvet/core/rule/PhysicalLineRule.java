package dev.pyvet.core.rule;

import dev.pyvet.core.logical.PhysicalLine;

/** A rule that looks at one physical line at a time, as pycodestyle's physical-line checks. */
public interface PhysicalLineRule extends Rule {
  void check(PhysicalLine line, Findings out);

  /**
   * Whether the rule may report on a {@link PhysicalLine#plain() plain} line. Most lines are
   * plain, and the engine does not call the rules that say no on them.
   */
  default boolean reportsOnPlainLines() {
    return true;
  }
}
