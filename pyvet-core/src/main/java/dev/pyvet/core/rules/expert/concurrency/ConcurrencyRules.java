package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV4xx: concurrency and async. */
public final class ConcurrencyRules {
  private ConcurrencyRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new ProcessSpawnWithoutMainGuard());
    all.add(new UnawaitedCoroutine());
    all.add(new BlockingCallInAsyncFunction());
    all.add(new LegacyEventLoopApi());
    all.add(new AsyncioCoroutineDecorator());
    all.add(new AsyncioWaitWithCoroutines());
    all.add(new AsyncioLoopArgument());
    all.add(new AsyncioDanglingTask());
    return all;
  }
}
