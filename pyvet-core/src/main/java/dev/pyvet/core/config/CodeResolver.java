package dev.pyvet.core.config;

import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the entries of a code list into codes: a code ({@code E501}), a code prefix
 * ({@code E}, {@code E5}) or a rule's kebab-case name ({@code line-too-long}), case-insensitive.
 * Any well-formed code or prefix is accepted, whether or not a pyvet rule has it yet.
 */
public final class CodeResolver {
  private CodeResolver() {}

  /** Thrown for an entry that is neither a known code or prefix nor a rule name. */
  public static final class UnknownCodeException extends IllegalArgumentException {
    private final String entry;

    UnknownCodeException(String entry, String message) {
      super(message);
      this.entry = entry;
    }

    public String entry() {
      return entry;
    }
  }

  /** Resolves each entry, in order. */
  public static List<String> resolve(List<String> entries) {
    List<String> out = new ArrayList<>(entries.size());
    for (String e : entries) {
      out.add(resolve(e));
    }
    return List.copyOf(out);
  }

  public static String resolve(String entry) {
    Rule rule = RuleRegistry.find(entry.strip());
    if (rule != null) {
      return RuleRegistry.meta(rule).code();
    }
    String code = entry.strip().toUpperCase(Locale.ROOT);
    if (CodeSelection.isWellFormed(code)) {
      // Accepted even when no rule has it yet (F401, C901, a plugin's D100): flake8 accepts any
      // code, and its users' select and ignore lists name other families too.
      return code;
    }
    throw new UnknownCodeException(entry,
        "'" + entry + "' is neither an error code or prefix (letters then digits, e.g. E999 or E9)"
            + " nor a rule name (see 'pyvet rules')");
  }
}
