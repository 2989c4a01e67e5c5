package dev.pyvet.core.rules.expert;

import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rules.expert.debugging.DebuggingRules;
import dev.pyvet.core.rules.expert.functions.FunctionRules;
import dev.pyvet.core.rules.expert.classes.ClassRules;
import dev.pyvet.core.rules.expert.concurrency.ConcurrencyRules;
import dev.pyvet.core.rules.expert.performance.PerformanceRules;
import dev.pyvet.core.rules.expert.data.DataRules;
import dev.pyvet.core.rules.expert.testing.TestingRules;
import dev.pyvet.core.rules.expert.security.SecurityRules;
import java.util.ArrayList;
import java.util.List;

/**
 * pyvet's own expert-practice rules (PV codes), grouped by hundreds: 1xx debugging, logging and
 * leftovers; 2xx functions, decorators and idioms; 3xx classes and the object model; 4xx
 * concurrency and async; 5xx performance; 6xx time, text and data; 7xx tests; 8xx security and
 * dynamic code. Rules that are not recommended (on by default) are opt-in: they run only when
 * selected explicitly.
 */
public final class ExpertRules {
  private ExpertRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.addAll(DebuggingRules.all());
    all.addAll(FunctionRules.all());
    all.addAll(ClassRules.all());
    all.addAll(ConcurrencyRules.all());
    all.addAll(PerformanceRules.all());
    all.addAll(DataRules.all());
    all.addAll(TestingRules.all());
    all.addAll(SecurityRules.all());
    return all;
  }
}
