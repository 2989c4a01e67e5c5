package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV1xx: debugging, logging and leftovers. */
public final class DebuggingRules {
  private DebuggingRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    return all;
  }
}
