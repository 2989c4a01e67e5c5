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
  /** flake8's implicit lists: its default ignore list when {@code --ignore} was not given; null in the plain mode. */
  private final List<String> implicitIgnore;

  private CodeSelection(List<String> select, List<String> ignore) {
    this(select, ignore, null);
  }

  private CodeSelection(List<String> select, List<String> ignore, List<String> implicitIgnore) {
    this.select = select;
    this.ignore = ignore;
    this.implicitIgnore = implicitIgnore;
  }

  /**
   * flake8's decision engine: {@code ignore} null means "not given", so {@code defaultIgnore}
   * applies implicitly. An explicitly selected code beats an implicitly ignored one (so
   * {@code --select E} reports E226); between two explicit (or two implicit) matches the longer
   * prefix wins, ignore on a tie.
   */
  public static CodeSelection flake8(Collection<String> select, Collection<String> ignore,
      Collection<String> defaultIgnore) {
    return new CodeSelection(normalize(select), normalize(ignore),
        ignore == null ? normalize(defaultIgnore) : List.of());
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
    if (implicitIgnore != null) {
      return flake8Decision(code);
    }
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

  private boolean flake8Decision(String code) {
    int explicitSelect = longestPrefix(select, code);
    // with no --select everything is selected implicitly (by an empty prefix)
    int implicitSelect = select.isEmpty() ? 0 : -1;
    int explicitIgnore = longestPrefix(ignore, code);
    int implicitIgnoreLength = longestPrefix(implicitIgnore, code);
    boolean selectedExplicitly = explicitSelect >= 0;
    boolean selected = selectedExplicitly || implicitSelect >= 0;
    boolean ignoredExplicitly = explicitIgnore >= 0;
    boolean ignored = ignoredExplicitly || implicitIgnoreLength >= 0;
    if (selected && !ignored) {
      return true;
    }
    if (!selected) {
      return false;
    }
    if (selectedExplicitly && !ignoredExplicitly) {
      return true;
    }
    if (!selectedExplicitly && ignoredExplicitly) {
      return false;
    }
    int s = selectedExplicitly ? explicitSelect : implicitSelect;
    int i = ignoredExplicitly ? explicitIgnore : implicitIgnoreLength;
    return s > i;
  }
}
