package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.Chars;
import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "E501", name = "line-too-long", family = "pycodestyle", summary = "A line is longer than the maximum line length.")
public final class LineTooLong implements PhysicalLineRule {
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
    String text = physical.substring(0, end);
    // Long shebang lines are allowed.
    if (line.row() == 1 && text.startsWith("#!")) {
      return;
    }
    // A long URL alone in a comment or a multi-line string is allowed, unless it starts too far
    // right to fit any way.
    var chunks = Chars.split(text);
    if ((chunks.size() == 1 && line.multiline() || chunks.size() == 2 && chunks.get(0).equals("#"))
        && length - Chars.pyLen(chunks.get(chunks.size() - 1)) < max - 7) {
      return;
    }
    int col = text.offsetByCodePoints(0, max);
    out.report(line.row(), col, "E501", "line too long (" + length + " > " + max + " characters)");
  }
}
