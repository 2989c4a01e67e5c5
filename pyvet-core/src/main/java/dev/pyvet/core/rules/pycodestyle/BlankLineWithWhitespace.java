package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "W293", name = "blank-line-with-whitespace", family = "pycodestyle", summary = "A blank line contains whitespace.")
public final class BlankLineWithWhitespace implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line has no trailing whitespace
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    if (line.strippedLength() == 0 && line.contentLength() > 0) {
      out.report(line.row(), 0, "W293", "blank line contains whitespace");
    }
  }
}
