package dev.pyvet.cli.args;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Did-you-mean candidates for a mistyped option or command name. */
final class Suggestions {
  private Suggestions() {}

  private static final int MAX = 5;

  /**
   * The candidates close to {@code typed}, closest first: those within a few edits (one for every
   * three characters, at least one) or that start with it (an abbreviation of three characters or
   * more besides dashes). At most five.
   */
  static List<String> similar(String typed, List<String> candidates) {
    String t = typed.toLowerCase(Locale.ROOT);
    int typedLetters = t.length() - leadingDashes(t);
    List<String> close = new ArrayList<>();
    List<Integer> distances = new ArrayList<>();
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int d = distance(t, lc);
      boolean near = d <= Math.max(1, Math.min(t.length(), lc.length()) / 3);
      boolean prefix = typedLetters >= 3 && lc.startsWith(t);
      if ((near || prefix) && !lc.equals(t)) {
        // a stable insertion keeps the declaration order among equals
        int at = close.size();
        while (at > 0 && distances.get(at - 1) > d) {
          at--;
        }
        close.add(at, c);
        distances.add(at, d);
      }
    }
    return close.size() > MAX ? close.subList(0, MAX) : close;
  }

  private static int leadingDashes(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '-') {
      i++;
    }
    return i;
  }

  /** Edits between a and b: insertions, deletions, substitutions and swaps of neighbours. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[a.length()][b.length()];
  }
}
