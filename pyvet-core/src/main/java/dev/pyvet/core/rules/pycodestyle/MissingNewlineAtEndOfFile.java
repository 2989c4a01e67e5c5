package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "W292", name = "missing-newline-at-end-of-file", family = "pycodestyle", summary = "The last line has no line break.")
public final class MissingNewlineAtEndOfFile implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line is not the last
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    if (line.row() == line.totalLines()) {
      String text = line.text();
      int end = Chars.lengthWithoutLineBreaks(text);
      if (end == text.length()) {
        out.report(line.row(), line.file().line(line.totalLines()).length(), "W292", "no newline at end of file");
      }
    }
  }
}
