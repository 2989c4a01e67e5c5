package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.SharedCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one shared check behind every pycodestyle logical-line rule: the engine calls it once per
 * logical line with all the selected codes, and it runs, one after another, the analyses that
 * find at least one of them. One call per line instead of one per analysis, one sink per line,
 * and the choice of analyses made once per selection instead of once per line.
 */
final class LogicalLineAnalyses implements SharedCheck {
  static final LogicalLineAnalyses INSTANCE = new LogicalLineAnalyses();

  /** The analyses to run for one selection, each with its selected codes. */
  private record Plan(Set<String> selection, Analysis[] analyses, Set<String>[] codes) {}

  /** The plan of the last selection seen: an engine passes the same set for every line. */
  private volatile Plan last;

  private LogicalLineAnalyses() {}

  @Override
  public void check(LogicalLine line, Set<String> codes, Findings out) {
    Plan plan = last;
    if (plan == null || plan.selection() != codes) {
      plan = planFor(codes);
      last = plan;
    }
    Analysis[] analyses = plan.analyses();
    Set<String>[] selected = plan.codes();
    Hits hits = Hits.of(line, out);
    for (int i = 0; i < analyses.length; i++) {
      hits.select(selected[i]);
      analyses[i].run(line, hits);
    }
  }

  /**
   * The analyses finding a code of {@code selection}, ordered by their first selected code (the
   * order the engine ran them in when each was a shared check of its own).
   */
  @SuppressWarnings("unchecked")
  private static Plan planFor(Set<String> selection) {
    List<Analysis> analyses = new ArrayList<>();
    List<Set<String>> codes = new ArrayList<>();
    List<String> firsts = new ArrayList<>();
    for (Map.Entry<Analysis, Set<String>> e : CodesOf.TABLE.entrySet()) {
      TreeSet<String> chosen = new TreeSet<>();
      for (String code : e.getValue()) {
        if (selection.contains(code)) {
          chosen.add(code);
        }
      }
      if (chosen.isEmpty()) {
        continue;
      }
      int at = 0;
      while (at < firsts.size() && firsts.get(at).compareTo(chosen.first()) < 0) {
        at++;
      }
      firsts.add(at, chosen.first());
      analyses.add(at, e.getKey());
      codes.add(at, Set.copyOf(chosen));
    }
    return new Plan(selection, analyses.toArray(new Analysis[0]), codes.toArray(new Set[0]));
  }

  /** Which codes each analysis finds, read from the family's rules. */
  private static final class CodesOf {
    static final Map<Analysis, Set<String>> TABLE = table();

    private static Map<Analysis, Set<String>> table() {
      Map<Analysis, Set<String>> table = new LinkedHashMap<>();
      for (Rule rule : PycodestyleRules.all()) {
        if (rule instanceof SharedLogicalRule shared) {
          table.computeIfAbsent(shared.analysis(), k -> new TreeSet<>()).add(RuleMeta.of(rule.getClass()).code());
        }
      }
      return table;
    }
  }
}
