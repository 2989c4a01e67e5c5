package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.PhysicalLineRule;
import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(code = "W191", name = "tab-indentation", family = "pycodestyle", summary = "Indentation contains tabs.")
public final class TabIndentation implements PhysicalLineRule {
  @Override
  public boolean reportsOnPlainLines() {
    return false; // a plain line has no tab in its indent
  }

  @Override
  public void check(PhysicalLine line, Findings out) {
    String text = line.text();
    int n = line.indentLength();
    for (int tab = 0; tab < n; tab++) {
      if (text.charAt(tab) == '\t') {
        out.report(line.row(), tab, "W191", "indentation contains tabs");
        return;
      }
    }
  }
}
