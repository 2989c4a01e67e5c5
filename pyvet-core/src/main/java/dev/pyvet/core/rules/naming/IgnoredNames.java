package dev.pyvet.core.rules.naming;

import dev.pyvet.core.config.Fnmatch;
import java.util.List;
import java.util.Set;

/**
 * pep8-naming's {@code ignore-names}: exact names, unless one entry has a wildcard ({@code *},
 * {@code ?} or {@code [}); then every entry is an fnmatch pattern, matched case-sensitively.
 */
record IgnoredNames(Set<String> names, boolean patterns) {

  static IgnoredNames of(List<String> entries) {
    boolean patterns = entries.stream()
        .anyMatch(s -> s.contains("*") || s.contains("?") || s.contains("["));
    return new IgnoredNames(Set.copyOf(entries), patterns);
  }

  boolean contains(String name) {
    if (!patterns) {
      return names.contains(name);
    }
    for (String p : names) {
      if (Fnmatch.matches(name, p)) {
        return true;
      }
    }
    return false;
  }
}
