package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "W291", name = "trailing-whitespace", family = "pycodestyle", summary = "A line ends with whitespace.")
public final class TrailingWhitespace implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line has no trailing whitespace
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    int stripped = line.strippedLength();
    if (stripped > 0 && stripped < line.contentLength()) {
      out.report(line.row(), stripped, "W291", "trailing whitespace");
    }
  }
}
