package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV7xx: tests. */
public final class TestingRules {
  private TestingRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new TestMethodNotCollected());
    all.add(new FixtureMethodMisspelled());
    all.add(new TestClassWithoutTestCase());
    all.add(new MockAssertionNotAsserting());
    return all;
  }
}
