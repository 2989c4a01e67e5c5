package dev.pyvet.cli.output;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether to colour the full format's output. */
final class Terminal {
  private Terminal() {}

  /** True when stdout is a terminal and NO_COLOR (https://no-color.org) is unset or empty. */
  static boolean colorWanted() {
    String noColor = System.getenv("NO_COLOR");
    return (noColor == null || noColor.isEmpty()) && isTerminal();
  }

  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // Since JDK 22 System.console() exists even when redirected; isTerminal() (not in the Java 21
    // API we compile against) tells whether stdin and stdout really are a terminal.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
