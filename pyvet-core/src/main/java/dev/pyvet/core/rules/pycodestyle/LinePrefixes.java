package dev.pyvet.core.rules.pycodestyle;

import java.util.regex.Pattern;

/**
 * pycodestyle's regexes for how a logical line starts, matched by hand on ASCII text. They run
 * on many lines; where a char outside ASCII decides the match, the regex itself decides (its
 * {@code \s} and {@code \w} are Unicode classes, as in Python).
 */
final class LinePrefixes {
  private LinePrefixes() {}

  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
  static final Pattern DEF = Pattern.compile("^(async\\s+def|def)\\b", FLAGS);
  static final Pattern GENERIC = Pattern.compile("^(async\\s+def|def|class|type)\\s+\\w+\\[", FLAGS);
  static final Pattern TOP_LEVEL = Pattern.compile("^(async\\s+def\\s+|def\\s+|class\\s+|@)", FLAGS);

  /** Returned by the scans below at a char outside ASCII: the regex decides then. */
  private static final int UNDECIDED = -2;

  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  private static boolean isWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** End of the run of whitespace from {@code i}, or UNDECIDED at a char outside ASCII. */
  private static int skipSpaces(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return UNDECIDED;
      }
      if (!isSpace(c)) {
        break;
      }
      i++;
    }
    return i;
  }

  /** Where {@code async\s+def} ends, -1 when it does not match, or UNDECIDED. */
  private static int asyncDef(String s) {
    if (!s.startsWith("async")) {
      return -1;
    }
    int k = skipSpaces(s, 5);
    if (k == UNDECIDED) {
      return UNDECIDED;
    }
    return k > 5 && s.startsWith("def", k) ? k + 3 : -1;
  }

  /** {@code ^(async\s+def|def)\b}. */
  static boolean startsWithDef(String s) {
    if (s.isEmpty() || s.charAt(0) != 'd' && s.charAt(0) != 'a') {
      return false; // most lines: decided by the first char
    }
    int end;
    if (s.startsWith("def")) {
      end = 3;
    } else {
      end = asyncDef(s);
      if (end == UNDECIDED) {
        return DEF.matcher(s).lookingAt();
      }
      if (end < 0) {
        return false;
      }
    }
    if (end == s.length()) {
      return true;
    }
    char c = s.charAt(end);
    return c >= 0x80 ? DEF.matcher(s).lookingAt() : !isWord(c);
  }

  /** {@code ^(async\s+def|def|class|type)\s+\w+\[}. */
  static boolean startsWithGeneric(String s) {
    if (s.isEmpty() || "dcta".indexOf(s.charAt(0)) < 0) {
      return false; // most lines: decided by the first char
    }
    int end;
    if (s.startsWith("def")) {
      end = 3;
    } else if (s.startsWith("class")) {
      end = 5;
    } else if (s.startsWith("type")) {
      end = 4;
    } else {
      end = asyncDef(s);
      if (end == UNDECIDED) {
        return GENERIC.matcher(s).lookingAt();
      }
      if (end < 0) {
        return false;
      }
    }
    int k = skipSpaces(s, end);
    if (k == UNDECIDED) {
      return GENERIC.matcher(s).lookingAt();
    }
    if (k == end) {
      return false;
    }
    int n = s.length();
    int w = k;
    while (w < n) {
      char c = s.charAt(w);
      if (c >= 0x80) {
        return GENERIC.matcher(s).lookingAt();
      }
      if (!isWord(c)) {
        break;
      }
      w++;
    }
    return w > k && w < n && s.charAt(w) == '[';
  }

  /** {@code ^(async\s+def\s+|def\s+|class\s+|@)}. */
  static boolean startsTopLevel(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char first = s.charAt(0);
    if (first == '@') {
      return true;
    }
    if (first != 'd' && first != 'c' && first != 'a') {
      return false; // most lines: decided by the first char
    }
    int end;
    if (s.startsWith("def")) {
      end = 3;
    } else if (s.startsWith("class")) {
      end = 5;
    } else {
      end = asyncDef(s);
      if (end == UNDECIDED) {
        return TOP_LEVEL.matcher(s).lookingAt();
      }
      if (end < 0) {
        return false;
      }
    }
    if (end == s.length()) {
      return false;
    }
    char c = s.charAt(end);
    return c >= 0x80 ? TOP_LEVEL.matcher(s).lookingAt() : isSpace(c);
  }
}
