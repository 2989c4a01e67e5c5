package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV5xx: performance. */
public final class PerformanceRules {
  private PerformanceRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new StringConcatInLoop());
    all.add(new ListMembershipInLoop());
    all.add(new UnnecessaryComprehensionInCall());
    all.add(new RemovedTimeClock());
    all.add(new ReadlinesInFor());
    return all;
  }
}
