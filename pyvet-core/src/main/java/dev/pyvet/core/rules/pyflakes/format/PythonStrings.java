package dev.pyvet.core.rules.pyflakes.format;

import java.util.Collection;
import java.util.List;

/** Python's ordering and joining of strs, for the lists in pyflakes' messages. */
final class PythonStrings {
  private PythonStrings() {}

  /** Python's {@code ', '.join(sorted(items))}: strs compare code point by code point. */
  static String sortedJoin(Collection<String> items) {
    List<String> sorted = items.stream().sorted(PythonStrings::compare).toList();
    return String.join(", ", sorted);
  }

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
