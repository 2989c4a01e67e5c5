package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV2xx: functions, decorators and idioms. */
public final class FunctionRules {
  private FunctionRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new MutableArgumentDefault());
    all.add(new MissingFunctoolsWraps());
    all.add(new CachedInstanceMethod());
    all.add(new CacheOnImpureFunction());
    all.add(new Python2DictMethod());
    all.add(new Python2Builtin());
    all.add(new SortCmpArgument());
    all.add(new UselessElseOnLoop());
    all.add(new ExhaustedIteratorReused());
    all.add(new DecoratorReturnsNone());
    all.add(new DecoratorFactoryWithoutCall());
    return all;
  }
}
