package dev.pyvet.cli.args;

/**
 * The command line is wrong: an unknown or repeated option, a missing or bad value, or a check a
 * command makes on its options. Reported as {@code PROGRAM: error: MESSAGE}, then the suggestions
 * line if any, then where to find the command's help.
 */
public final class UsageException extends RuntimeException {
  private final String suggestion;

  public UsageException(String message) {
    this(message, null);
  }

  /** {@code suggestion} is a whole line, e.g. {@code Possible solutions: --select}, or null. */
  public UsageException(String message, String suggestion) {
    super(message, null, false, false);
    this.suggestion = suggestion;
  }

  /** The did-you-mean line, or null. */
  public String suggestion() {
    return suggestion;
  }
}
