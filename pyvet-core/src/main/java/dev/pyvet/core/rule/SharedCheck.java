package dev.pyvet.core.rule;

import dev.pyvet.core.logical.LogicalLine;
import java.util.Set;

/**
 * One analysis of a logical line that finds several codes (pycodestyle's checks often do), run
 * once per line for all the selected rules that share it.
 */
public interface SharedCheck {
  /** Reports the findings whose code is in {@code codes}. */
  void check(LogicalLine line, Set<String> codes, Findings out);

  /** A logical-line rule whose findings come from a {@link SharedCheck}. */
  interface Member extends LogicalLineRule {
    SharedCheck sharedCheck();
  }
}
