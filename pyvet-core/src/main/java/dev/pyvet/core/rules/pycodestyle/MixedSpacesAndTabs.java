package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "E101", name = "mixed-spaces-and-tabs", family = "pycodestyle", summary = "Indentation mixes spaces and tabs.")
public final class MixedSpacesAndTabs implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line's indent is all the file's indent char
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    int at = line.mixedIndentOffset();
    if (at >= 0) {
      out.report(line.row(), at, "E101", "indentation contains mixed spaces and tabs");
    }
  }
}
