package dev.pyvet.core.rules.naming;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The pep8-naming family (N codes). */
public final class NamingRules {
  private NamingRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    return all;
  }
}
