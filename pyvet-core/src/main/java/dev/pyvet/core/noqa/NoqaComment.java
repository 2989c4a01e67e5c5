package dev.pyvet.core.noqa;

import java.util.ArrayList;
import java.util.List;

/**
 * One inline {@code # noqa} as flake8 7 finds it: its pattern
 * {@code # noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?} (case-insensitive) searched
 * anywhere in the text, and the codes split on commas and white space.
 *
 * @param codes the listed codes, or null for a bare {@code # noqa} that silences everything
 */
public record NoqaComment(List<String> codes) {

  /** Whether this comment silences findings with {@code code} (flake8: equal or a prefix, case-sensitive). */
  public boolean suppresses(String code) {
    if (codes == null) {
      return true;
    }
    for (String c : codes) {
      if (code.startsWith(c)) {
        return true;
      }
    }
    return false;
  }

  public boolean blanket() {
    return codes == null;
  }

  /** The leftmost {@code # noqa} in {@code s[from, end)}, or null. */
  public static NoqaComment find(CharSequence s, int from, int end) {
    for (int n = PyRegexChars.indexOfNoqa(s, from, end); n >= 0; n = PyRegexChars.indexOfNoqa(s, n + 1, end)) {
      if (n - 2 >= from && s.charAt(n - 1) == ' ' && s.charAt(n - 2) == '#') {
        return parseAfter(s, n + 4, end);
      }
    }
    return null;
  }

  public static NoqaComment find(CharSequence s) {
    return find(s, 0, s.length());
  }

  /** The optional {@code :codes} part, from just after "noqa". */
  private static NoqaComment parseAfter(CharSequence s, int p, int end) {
    if (p >= end || s.charAt(p) != ':') {
      return new NoqaComment(null);
    }
    p++;
    // [\s]? : one white-space character; a CRLF line end is one "\n" in the lines flake8 reads
    if (p < end && PyRegexChars.isSpace(s.charAt(p))) {
      p += s.charAt(p) == '\r' && p + 1 < end && s.charAt(p + 1) == '\n' ? 2 : 1;
    }
    int codesStart = p;
    int codesEnd = p;
    // ([A-Z]+[0-9]+(?:[,\s]+)?)+ : letters and digits are disjoint, so greedy items need no backtracking
    while (true) {
      int q = codesEnd;
      while (q < end && PyRegexChars.isCodeLetter(s.charAt(q))) {
        q++;
      }
      if (q == codesEnd) {
        break;
      }
      int digits = q;
      while (q < end && PyRegexChars.isDigit(s.charAt(q))) {
        q++;
      }
      if (q == digits) {
        break;
      }
      while (q < end && (s.charAt(q) == ',' || PyRegexChars.isSpace(s.charAt(q)))) {
        q++;
      }
      codesEnd = q;
    }
    if (codesEnd == codesStart) {
      return new NoqaComment(null); // the optional group fails: a bare noqa
    }
    List<String> codes = new ArrayList<>();
    int i = codesStart;
    while (i < codesEnd) {
      char c = s.charAt(i);
      if (c == ',' || PyRegexChars.isSpace(c)) {
        i++;
        continue;
      }
      int j = i;
      while (j < codesEnd && s.charAt(j) != ',' && !PyRegexChars.isSpace(s.charAt(j))) {
        j++;
      }
      codes.add(s.subSequence(i, j).toString());
      i = j;
    }
    return new NoqaComment(List.copyOf(codes));
  }
}
