package dev.pyvet.core.rules.pycodestyle;

import java.util.Set;

/**
 * Python's keyword lists (3.13), as pycodestyle consults them. The tests are switches on the
 * string (its cached hash, then one comparison) or, for text, on its length and chars: they run
 * for every token and word of every line.
 */
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
    return s != null && s.length() >= 2 && s.length() <= 8 && !isSingleton(s) && (s.equals("print") || isKeyword(s));
  }

  /**
   * Whether {@code s} is one of Python's keywords. It runs for most names of most lines: the
   * length and the first char leave one or two candidates, compared char by char, with no hash
   * of the string.
   */
  static boolean isKeyword(String s) {
    int n = s.length();
    if (n < 2 || n > 8) {
      return false;
    }
    char c = s.charAt(0);
    return switch (n) {
      case 2 -> c == 'a' && is(s, "as") || c == 'i' && (is(s, "if") || is(s, "in") || is(s, "is"))
          || c == 'o' && is(s, "or");
      case 3 -> switch (c) {
        case 'a' -> is(s, "and");
        case 'd' -> is(s, "def") || is(s, "del");
        case 'f' -> is(s, "for");
        case 'n' -> is(s, "not");
        case 't' -> is(s, "try");
        default -> false;
      };
      case 4 -> switch (c) {
        case 'N' -> is(s, "None");
        case 'T' -> is(s, "True");
        case 'e' -> is(s, "elif") || is(s, "else");
        case 'f' -> is(s, "from");
        case 'p' -> is(s, "pass");
        case 'w' -> is(s, "with");
        default -> false;
      };
      case 5 -> switch (c) {
        case 'F' -> is(s, "False");
        case 'a' -> is(s, "async") || is(s, "await");
        case 'b' -> is(s, "break");
        case 'c' -> is(s, "class");
        case 'r' -> is(s, "raise");
        case 'w' -> is(s, "while");
        case 'y' -> is(s, "yield");
        default -> false;
      };
      case 6 -> switch (c) {
        case 'a' -> is(s, "assert");
        case 'e' -> is(s, "except");
        case 'g' -> is(s, "global");
        case 'i' -> is(s, "import");
        case 'l' -> is(s, "lambda");
        case 'r' -> is(s, "return");
        default -> false;
      };
      case 7 -> c == 'f' && is(s, "finally");
      default -> c == 'c' && is(s, "continue") || c == 'n' && is(s, "nonlocal");
    };
  }

  /** Whether {@code s} is {@code word}, given the same length and first char. */
  private static boolean is(String s, String word) {
    for (int i = 1; i < word.length(); i++) {
      if (s.charAt(i) != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static boolean isSingleton(String s) {
    return s.length() >= 4 && s.length() <= 5 && (s.equals("None") || s.equals("True") || s.equals("False"));
  }

  static boolean isSoftKeyword(String s) {
    return switch (s) {
      case "_", "case", "match", "type" -> true;
      default -> false;
    };
  }

  /** {@link #isPycodestyleKeyword(String)} of {@code s[from:to]}, without making the string. */
  static boolean isPycodestyleKeyword(char[] s, int from, int to) {
    int n = to - from;
    if (n < 2 || n > 8) {
      return false;
    }
    char c = s[from];
    return switch (c) {
      case 'a' -> is(s, from, n, "and") || is(s, from, n, "as") || is(s, from, n, "assert")
          || is(s, from, n, "async") || is(s, from, n, "await");
      case 'b' -> is(s, from, n, "break");
      case 'c' -> is(s, from, n, "class") || is(s, from, n, "continue");
      case 'd' -> is(s, from, n, "def") || is(s, from, n, "del");
      case 'e' -> is(s, from, n, "elif") || is(s, from, n, "else") || is(s, from, n, "except");
      case 'f' -> is(s, from, n, "finally") || is(s, from, n, "for") || is(s, from, n, "from");
      case 'g' -> is(s, from, n, "global");
      case 'i' -> is(s, from, n, "if") || is(s, from, n, "import") || is(s, from, n, "in") || is(s, from, n, "is");
      case 'l' -> is(s, from, n, "lambda");
      case 'n' -> is(s, from, n, "nonlocal") || is(s, from, n, "not");
      case 'o' -> is(s, from, n, "or");
      case 'p' -> is(s, from, n, "pass") || is(s, from, n, "print");
      case 'r' -> is(s, from, n, "raise") || is(s, from, n, "return");
      case 't' -> is(s, from, n, "try");
      case 'w' -> is(s, from, n, "while") || is(s, from, n, "with");
      case 'y' -> is(s, from, n, "yield");
      default -> false;
    };
  }

  private static boolean is(char[] s, int from, int n, String word) {
    if (word.length() != n) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (s[from + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
