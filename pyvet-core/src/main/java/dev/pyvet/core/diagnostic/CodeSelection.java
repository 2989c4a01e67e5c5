package dev.pyvet.core.diagnostic;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which codes to report, from {@code --select} and {@code --ignore} lists of codes or code
 * prefixes, decided as flake8 does: with no selection everything is selected; a code that both
 * lists match goes to the list with the longer (more specific) matching prefix, and to
 * {@code --ignore} on a tie.
 */
public final class CodeSelection {
  private final List<String> select;
  private final List<String> ignore;

  private CodeSelection(List<String> select, List<String> ignore) {
    this.select = select;
    this.ignore = ignore;
  }

  public static CodeSelection all() {
    return new CodeSelection(List.of(), List.of());
  }

  /**
   * @param select codes or prefixes (each entry may itself hold a comma-separated list); empty
   *     selects everything
   * @param ignore codes or prefixes to leave out
   */
  public static CodeSelection of(Collection<String> select, Collection<String> ignore) {
    return new CodeSelection(normalize(select), normalize(ignore));
  }

  private static List<String> normalize(Collection<String> entries) {
    List<String> out = new ArrayList<>();
    if (entries == null) {
      return out;
    }
    for (String entry : entries) {
      for (String part : entry.split(",", -1)) {
        String code = part.strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.isEmpty()) {
          out.add(code);
        }
      }
    }
    return List.copyOf(out);
  }

  /** A code or prefix that is not made of letters then digits, or null when all are valid. */
  public String firstMalformed() {
    for (List<String> list : List.of(select, ignore)) {
      for (String code : list) {
        if (!isWellFormed(code)) {
          return code;
        }
      }
    }
    return null;
  }

  private static boolean isWellFormed(String code) {
    int i = 0;
    while (i < code.length() && code.charAt(i) >= 'A' && code.charAt(i) <= 'Z') {
      i++;
    }
    if (i == 0) {
      return false;
    }
    while (i < code.length() && code.charAt(i) >= '0' && code.charAt(i) <= '9') {
      i++;
    }
    return i == code.length();
  }

  public boolean isSelected(String code) {
    int selected = select.isEmpty() ? 0 : longestPrefix(select, code);
    if (selected < 0) {
      return false;
    }
    int ignored = longestPrefix(ignore, code);
    return ignored < 0 || selected > ignored;
  }

  /** Length of the longest entry that prefixes {@code code}, or -1 when none does. */
  private static int longestPrefix(List<String> prefixes, String code) {
    int best = -1;
    for (String p : prefixes) {
      if (code.startsWith(p) && p.length() > best) {
        best = p.length();
      }
    }
    return best;
  }
}
