package dev.pyvet.core.rules.pycodestyle;

import java.util.Set;

/** Python's keyword lists (3.13), as pycodestyle consults them. */
final class Python {
  private Python() {}

  static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
      "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
      "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
      "return", "try", "while", "with", "yield");

  static final Set<String> SOFT_KEYWORDS = Set.of("_", "case", "match", "type");

  static final Set<String> SINGLETONS = Set.of("False", "None", "True");

  /** pycodestyle's KEYWORDS: Python's keywords plus {@code print}, minus the singletons. */
  static boolean isPycodestyleKeyword(String s) {
    return (KEYWORDS.contains(s) || s.equals("print")) && !SINGLETONS.contains(s);
  }

  static boolean isKeyword(String s) {
    return KEYWORDS.contains(s);
  }

  static boolean isSoftKeyword(String s) {
    return SOFT_KEYWORDS.contains(s);
  }
}
