package dev.pyvet.core.rule;

import dev.pyvet.core.rules.expert.ExpertRules;
import dev.pyvet.core.rules.mccabe.TooComplex;
import dev.pyvet.core.rules.naming.NamingRules;
import dev.pyvet.core.rules.pycodestyle.PycodestyleRules;
import dev.pyvet.core.rules.pyflakes.PyflakesRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every rule pyvet has, in code order. */
public final class RuleRegistry {
  private RuleRegistry() {}

  private static final List<Rule> ALL;
  private static final Map<Class<?>, RuleMeta> META = new HashMap<>();

  static {
    List<Rule> all = new ArrayList<>(PycodestyleRules.all());
    all.add(new TooComplex());
    all.addAll(PyflakesRules.all());
    all.addAll(NamingRules.all());
    all.addAll(ExpertRules.all());
    for (Rule r : all) {
      META.put(r.getClass(), RuleMeta.of(r.getClass()));
    }
    all.sort(Comparator.comparing(r -> META.get(r.getClass()).code()));
    ALL = List.copyOf(all);
  }

  public static List<Rule> all() {
    return ALL;
  }

  /** The metadata of a registered rule (read once). */
  public static RuleMeta meta(Rule rule) {
    RuleMeta m = META.get(rule.getClass());
    return m != null ? m : RuleMeta.of(rule.getClass());
  }

  /** The rule with this code or kebab-case name (case-insensitive), or null. */
  public static Rule find(String codeOrName) {
    for (Rule r : ALL) {
      RuleMeta m = meta(r);
      if (m.code().equalsIgnoreCase(codeOrName) || m.name().equalsIgnoreCase(codeOrName)) {
        return r;
      }
    }
    return null;
  }
}
