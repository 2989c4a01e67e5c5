package dev.pyvet.cli;

/** pyvet's exit statuses, as flake8 and most linters use them. */
final class ExitCodes {
  private ExitCodes() {}

  /** Nothing found. */
  static final int CLEAN = 0;

  /** Findings were reported. */
  static final int FINDINGS = 1;

  /** The command line was wrong, or pyvet itself failed. */
  static final int ERROR = 2;
}
