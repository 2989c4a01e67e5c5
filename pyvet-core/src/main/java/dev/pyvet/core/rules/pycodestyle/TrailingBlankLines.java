package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "W391", name = "trailing-blank-lines", family = "pycodestyle", summary = "The file ends with blank lines.")
public final class TrailingBlankLines implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line is not the last
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    if (line.row() == line.totalLines()) {
      String text = line.text();
      int end = Chars.lengthWithoutLineBreaks(text);
      if (!text.isEmpty() && end == 0) {
        out.report(line.row(), 0, "W391", "blank line at end of file");
      }
    }
  }
}
