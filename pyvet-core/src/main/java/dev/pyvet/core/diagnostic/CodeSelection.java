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
  /**
   * flake8 mode only (null in the plain mode): the explicit lists ({@code select}/{@code ignore}
   * plus their extend- lists) and every list that applies ({@code allSelect} null meaning
   * everything is selected implicitly, {@code allIgnore} holding the default ignore list when
   * {@code --ignore} was not given).
   */
  private final List<String> allSelect;
  private final List<String> allIgnore;
  private final boolean flake8;
  /** Codes reported only when an explicit select entry matches them (see {@link #withOptIn}). */
  private java.util.Set<String> optIn = java.util.Set.of();

  private CodeSelection(List<String> select, List<String> ignore) {
    this.select = select;
    this.ignore = ignore;
    this.allSelect = null;
    this.allIgnore = null;
    this.flake8 = false;
  }

  private CodeSelection(List<String> explicitSelect, List<String> allSelect,
      List<String> explicitIgnore, List<String> allIgnore) {
    this.select = explicitSelect;
    this.ignore = explicitIgnore;
    this.allSelect = allSelect;
    this.allIgnore = allIgnore;
    this.flake8 = true;
  }

  /**
   * flake8's decision engine: {@code ignore} null means "not given", so {@code defaultIgnore}
   * applies implicitly. An explicitly selected code beats an implicitly ignored one (so
   * {@code --select E} reports E226); between two explicit (or two implicit) matches the longer
   * prefix wins, ignore on a tie.
   */
  public static CodeSelection flake8(Collection<String> select, Collection<String> ignore,
      Collection<String> defaultIgnore) {
    return flake8(select, List.of(), ignore, List.of(), defaultIgnore);
  }

  /**
   * flake8's decision engine with {@code --extend-select} and {@code --extend-ignore}: a null
   * or empty {@code select} means "not given" (everything is selected implicitly), a null
   * {@code ignore} means "not given" ({@code defaultIgnore} applies implicitly); the extend
   * lists add to the explicit lists whether or not the base list was given.
   */
  public static CodeSelection flake8(Collection<String> select, Collection<String> extendSelect,
      Collection<String> ignore, Collection<String> extendIgnore,
      Collection<String> defaultIgnore) {
    List<String> explicitSelect = concat(normalize(select), normalize(extendSelect));
    List<String> explicitIgnore = concat(normalize(ignore), normalize(extendIgnore));
    boolean selectGiven = select != null && !normalize(select).isEmpty();
    List<String> allIgnore =
        ignore == null ? concat(normalize(defaultIgnore), normalize(extendIgnore)) : explicitIgnore;
    return new CodeSelection(explicitSelect, selectGiven ? explicitSelect : null, explicitIgnore,
        allIgnore);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
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

  /** Whether {@code code} has the shape of a code or code prefix: letters, then digits. */
  public static boolean isWellFormed(String code) {
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

  /**
   * This selection with {@code codes} made opt-in: each is reported only when an explicit
   * {@code select} or {@code extend-select} entry matches it ({@code PV}, {@code PV1} or the code
   * itself), never through "everything is selected" nor through an {@code --ignore} that replaces
   * the default list. pyvet's expert-practice rules that are not recommended are opt-in.
   */
  public CodeSelection withOptIn(java.util.Collection<String> codes) {
    CodeSelection copy = flake8
        ? new CodeSelection(select, allSelect, ignore, allIgnore)
        : new CodeSelection(select, ignore);
    copy.optIn = java.util.Set.copyOf(codes);
    return copy;
  }

  public boolean isSelected(String code) {
    if (!optIn.isEmpty() && optIn.contains(code) && longestPrefix(select, code) < 0) {
      return false;
    }
    if (flake8) {
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

  /** flake8's {@code DecisionEngine.make_decision}. */
  private boolean flake8Decision(String code) {
    int explicitSelect = longestPrefix(select, code);
    int anySelect = allSelect == null ? Math.max(0, explicitSelect) : longestPrefix(allSelect, code);
    int explicitIgnore = longestPrefix(ignore, code);
    int anyIgnore = longestPrefix(allIgnore, code);
    boolean selectedExplicitly = explicitSelect >= 0;
    boolean selected = anySelect >= 0;
    boolean ignoredExplicitly = explicitIgnore >= 0;
    boolean ignored = anyIgnore >= 0;
    if (!ignored) {
      return selected;
    }
    if (!selected) {
      return false;
    }
    if (selectedExplicitly != ignoredExplicitly) {
      return selectedExplicitly;
    }
    // in both lists, both explicitly or both implicitly: the longer prefix wins, ignore on a tie
    return anySelect > anyIgnore;
  }
}
