package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV8xx: security and dynamic code. */
public final class SecurityRules {
  private SecurityRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    return all;
  }
}
