package dev.pyvet.core.rules.expert.data;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV6xx: time, text and data. */
public final class DataRules {
  private DataRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new NaiveUtcDatetime());
    all.add(new StrCalledOnBytes());
    all.add(new BytesFromStrWithoutEncoding());
    all.add(new WallClockDuration());
    all.add(new NaiveDatetime());
    return all;
  }
}
