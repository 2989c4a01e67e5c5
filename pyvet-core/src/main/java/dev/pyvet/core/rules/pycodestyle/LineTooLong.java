package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "E501", name = "line-too-long", family = "pycodestyle", summary = "A line is longer than the maximum line length.")
public final class LineTooLong implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line is within the maximum length
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    int max = line.options().maxLineLength();
    String physical = line.text();
    int end = physical.length();
    while (end > 0 && Chars.isPySpace(physical.charAt(end - 1))) {
      end--;
    }
    if (end <= max) {
      return; // no more code points than chars
    }
    int length = physical.codePointCount(0, end);
    if (length <= max || line.noqa()) {
      return;
    }
    // Long shebang lines are allowed.
    if (line.row() == 1 && physical.startsWith("#!")) {
      return;
    }
    // A long URL alone in a comment or a multi-line string is allowed, unless it starts too far
    // right to fit any way. pycodestyle splits the line into chunks: counting the first three
    // tells the cases apart without making them.
    int chunks = 0;
    int firstStart = 0;
    int firstEnd = 0;
    int lastStart = 0;
    int lastEnd = 0;
    int i = 0;
    while (chunks < 3) {
      while (i < end && Chars.isPySpace(physical.charAt(i))) {
        i++;
      }
      if (i == end) {
        break;
      }
      int start = i;
      while (i < end && !Chars.isPySpace(physical.charAt(i))) {
        i++;
      }
      if (chunks == 0) {
        firstStart = start;
        firstEnd = i;
      }
      lastStart = start;
      lastEnd = i;
      chunks++;
    }
    boolean commentUrl = chunks == 2 && firstEnd - firstStart == 1 && physical.charAt(firstStart) == '#';
    if ((chunks == 1 && line.multiline() || commentUrl)
        && length - physical.codePointCount(lastStart, lastEnd) < max - 7) {
      return;
    }
    int col = physical.offsetByCodePoints(0, max);
    out.report(line.row(), col, "E501", "line too long (" + length + " > " + max + " characters)");
  }
}
