package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV1xx: debugging, logging and leftovers. */
public final class DebuggingRules {
  private DebuggingRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new DebuggerLeftInCode());
    all.add(new ProfileDecoratorLeft());
    all.add(new ProfilerLeftInCode());
    all.add(new TraceHookLeftInCode());
    all.add(new PrintInLibraryCode());
    all.add(new LoggingConfigDisablesLoggers());
    all.add(new LoggerNotNamedAfterModule());
    all.add(new LoggingEagerFormatting());
    all.add(new ExcInfoOutsideExceptHandler());
    all.add(new ExceptionLoggedWithoutTraceback());
    all.add(new LoggingConfiguredInLibrary());
    all.add(new ReprReturnsNonString());
    all.add(new RootLoggerCall());
    all.add(new DeprecatedLoggingWarn());
    all.add(new PureProfileModule());
    return all;
  }
}
