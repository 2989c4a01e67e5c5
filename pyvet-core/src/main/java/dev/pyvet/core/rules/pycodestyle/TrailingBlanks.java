package dev.pyvet.core.rules.pycodestyle;

/** pycodestyle's trailing-whitespace arithmetic (W291, W293). */
final class TrailingBlanks {
  private TrailingBlanks() {}

  /** Length after stripping line breaks and form feeds from the end. */
  static int contentLength(String line) {
    int e = line.length();
    while (e > 0 && (line.charAt(e - 1) == '\n' || line.charAt(e - 1) == '\r' || line.charAt(e - 1) == '\f')) {
      e--;
    }
    return e;
  }

  /** Length after also stripping spaces, tabs and vertical tabs. */
  static int strippedLength(String line) {
    int e = contentLength(line);
    while (e > 0 && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '\t' || line.charAt(e - 1) == '\u000b')) {
      e--;
    }
    return e;
  }
}
