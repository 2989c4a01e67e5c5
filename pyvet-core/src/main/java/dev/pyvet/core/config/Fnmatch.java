package dev.pyvet.core.config;

/**
 * Python's {@code fnmatch.fnmatchcase} on POSIX, which flake8 uses for exclude and
 * per-file-ignores patterns: {@code *} matches any run of characters (slashes included),
 * {@code ?} any one character, {@code [abc]}, {@code [a-z]} and {@code [!abc]} a set; a
 * {@code [} without its {@code ]} is literal.
 */
public final class Fnmatch {
  private Fnmatch() {}

  public static boolean matches(String name, String pattern) {
    return match(name, 0, pattern, 0);
  }

  private static boolean match(String s, int si, String p, int pi) {
    // Iterative on '*' with one backtrack point, as the classic glob matcher.
    int starP = -1;
    int starS = -1;
    while (true) {
      if (pi < p.length()) {
        char c = p.charAt(pi);
        if (c == '*') {
          starP = ++pi;
          starS = si;
          continue;
        }
        if (si < s.length()) {
          if (c == '?') {
            si++;
            pi++;
            continue;
          }
          if (c == '[') {
            int end = setEnd(p, pi);
            if (end > 0) {
              if (inSet(s.charAt(si), p, pi + 1, end)) {
                si++;
                pi = end + 1;
                continue;
              }
            } else if (s.charAt(si) == '[') {
              si++;
              pi++;
              continue;
            }
          } else if (c == s.charAt(si)) {
            si++;
            pi++;
            continue;
          }
        }
      } else if (si == s.length()) {
        return true;
      }
      if (starP < 0 || starS >= s.length()) {
        return false;
      }
      si = ++starS;
      pi = starP;
    }
  }

  /** Index of the {@code ]} closing the set opened at {@code open}, or -1 (then '[' is literal). */
  private static int setEnd(String p, int open) {
    int j = open + 1;
    if (j < p.length() && p.charAt(j) == '!') {
      j++;
    }
    if (j < p.length() && p.charAt(j) == ']') {
      j++; // a leading ']' is a member
    }
    while (j < p.length() && p.charAt(j) != ']') {
      j++;
    }
    return j < p.length() ? j : -1;
  }

  private static boolean inSet(char c, String p, int from, int end) {
    boolean negate = p.charAt(from) == '!';
    int i = negate ? from + 1 : from;
    boolean found = false;
    while (i < end) {
      char lo = p.charAt(i);
      if (i + 2 < end && p.charAt(i + 1) == '-') {
        char hi = p.charAt(i + 2);
        if (lo <= c && c <= hi) {
          found = true;
        }
        i += 3;
      } else {
        if (lo == c) {
          found = true;
        }
        i++;
      }
    }
    return found != negate;
  }
}
