package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV3xx: classes and the object model. */
public final class ClassRules {
  private ClassRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    return all;
  }
}
