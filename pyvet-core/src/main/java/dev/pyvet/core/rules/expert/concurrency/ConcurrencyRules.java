package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV4xx: concurrency and async. */
public final class ConcurrencyRules {
  private ConcurrencyRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    return all;
  }
}
