package dev.pyvet.core.discovery;

/**
 * Git's glob matching for ignore patterns ({@code wildmatch} with the path-name flag): {@code *}
 * and {@code ?} never match {@code /}; {@code [...]} is a character class ({@code !} or
 * {@code ^} negates it, {@code a-z} is a range); a backslash quotes the next character; and a
 * {@code **} that fills a whole path segment matches any number of segments, zero included.
 */
final class Wildmatch {
  private Wildmatch() {}

  static boolean matches(String pattern, String path) {
    return match(pattern, 0, path, 0);
  }

  private static boolean match(String p, int pi, String t, int ti) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      switch (c) {
        case '\\' -> {
          if (pi + 1 >= p.length()) {
            return false; // a trailing backslash matches nothing, as in git
          }
          if (ti >= t.length() || t.charAt(ti) != p.charAt(pi + 1)) {
            return false;
          }
          pi += 2;
          ti++;
        }
        case '?' -> {
          if (ti >= t.length() || t.charAt(ti) == '/') {
            return false;
          }
          pi++;
          ti++;
        }
        case '[' -> {
          if (ti >= t.length() || t.charAt(ti) == '/') {
            return false;
          }
          int end = classEnd(p, pi);
          if (end < 0) {
            // An unterminated class is a literal '['.
            if (t.charAt(ti) != '[') {
              return false;
            }
            pi++;
            ti++;
          } else {
            if (!classMatches(p, pi + 1, end, t.charAt(ti))) {
              return false;
            }
            pi = end + 1;
            ti++;
          }
        }
        case '*' -> {
          return star(p, pi, t, ti);
        }
        default -> {
          if (ti >= t.length() || t.charAt(ti) != c) {
            return false;
          }
          pi++;
          ti++;
        }
      }
    }
    return ti == t.length();
  }

  private static boolean star(String p, int pi, String t, int ti) {
    int stars = pi;
    while (stars < p.length() && p.charAt(stars) == '*') {
      stars++;
    }
    boolean doubleStar = stars - pi >= 2;
    boolean segmentStart = pi == 0 || p.charAt(pi - 1) == '/';
    boolean segmentEnd = stars == p.length() || p.charAt(stars) == '/';
    if (doubleStar && segmentStart && segmentEnd) {
      if (stars == p.length()) {
        return true; // a trailing "**" matches everything below
      }
      // "**/" matches zero or more whole segments.
      int rest = stars + 1;
      for (int i = ti; i <= t.length(); i++) {
        if ((i == ti || t.charAt(i - 1) == '/') && match(p, rest, t, i)) {
          return true;
        }
      }
      return false;
    }
    // A single star (or a "**" inside a segment) matches within one segment.
    for (int i = ti; i <= t.length(); i++) {
      if (match(p, stars, t, i)) {
        return true;
      }
      if (i < t.length() && t.charAt(i) == '/') {
        return false;
      }
    }
    return false;
  }

  /** Index of the ']' closing the class opened at {@code open}, or -1. */
  private static int classEnd(String p, int open) {
    int i = open + 1;
    if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
      i++;
    }
    if (i < p.length() && p.charAt(i) == ']') {
      i++; // a ']' first in the class is literal
    }
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == ']') {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static boolean classMatches(String p, int from, int end, char ch) {
    int i = from;
    boolean negate = false;
    if (p.charAt(i) == '!' || p.charAt(i) == '^') {
      negate = true;
      i++;
    }
    boolean found = false;
    while (i < end) {
      char lo = p.charAt(i);
      if (lo == '\\' && i + 1 < end) {
        i++;
        lo = p.charAt(i);
      }
      i++;
      if (i + 1 < end && p.charAt(i) == '-') {
        char hi = p.charAt(i + 1);
        int next = i + 2;
        if (hi == '\\' && i + 2 < end) {
          hi = p.charAt(i + 2);
          next = i + 3;
        }
        if (lo <= ch && ch <= hi) {
          found = true;
        }
        i = next;
      } else if (lo == ch) {
        found = true;
      }
    }
    return found != negate;
  }
}
