package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.Rule;
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

  /**
   * The analyses to run for one selection, each with its selected codes and its number in
   * {@link #KNOWN} (-1 for one that is not there).
   */
  private record Plan(Set<String> selection, Analysis[] analyses, int[] ids, Set<String>[] codes) {}

  /**
   * The family's analyses, numbered for {@link #run}: a switch of static calls instead of an
   * interface call on two dozen lambda classes per line. An analysis missing here still runs,
   * through its interface. Keep the cases of {@link #run} in this order.
   */
  private static final Analysis[] KNOWN = {
      BlankLines.BLANK_LINES,
      BlankLines.INDENTATION,
      BlankLines.IMPORTS,
      Breaks.EXPLICIT_LINE_JOIN,
      Breaks.BINARY_BREAKS,
      Breaks.INVALID_ESCAPES,
      Breaks.DOC_LENGTH,
      ContinuationLines.CONTINUED_INDENTATION,
      Statements.IMPORTS_ON_TOP,
      Statements.COMPOUND,
      Statements.SINGLETONS,
      Statements.NEGATIVE_COMPARISON,
      Statements.TYPE_COMPARISON,
      Statements.BARE_EXCEPT_CHECK,
      Statements.AMBIGUOUS,
      TokenWhitespace.BEFORE_PARAMETERS,
      TokenWhitespace.AFTER_KEYWORD,
      TokenWhitespace.NAMED_PARAMETER_EQUALS,
      TokenWhitespace.BEFORE_COMMENT,
      Whitespace.EXTRANEOUS_WHITESPACE,
      Whitespace.AROUND_KEYWORDS,
      Whitespace.AROUND_OPERATOR,
      Whitespace.AROUND_COMMA,
      Whitespace.MISSING
  };

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
    int[] ids = plan.ids();
    Set<String>[] selected = plan.codes();
    Hits hits = Hits.of(line, out);
    for (int i = 0; i < analyses.length; i++) {
      hits.select(selected[i]);
      if (ids[i] < 0) {
        analyses[i].run(line, hits);
      } else {
        run(ids[i], line, hits);
      }
    }
  }

  /** Runs the analysis {@code KNOWN[id]}. */
  private static void run(int id, LogicalLine line, Hits hits) {
    switch (id) {
      case 0 -> BlankLines.blankLines(line, hits);
      case 1 -> BlankLines.indentation(line, hits);
      case 2 -> BlankLines.imports(line, hits);
      case 3 -> Breaks.explicitLineJoin(line, hits);
      case 4 -> Breaks.binaryBreaks(line, hits);
      case 5 -> Breaks.invalidEscapes(line, hits);
      case 6 -> Breaks.docLength(line, hits);
      case 7 -> ContinuationLines.continuedIndentation(line, hits);
      case 8 -> Statements.importsOnTop(line, hits);
      case 9 -> Statements.compound(line, hits);
      case 10 -> Statements.singletons(line, hits);
      case 11 -> Statements.negativeComparison(line, hits);
      case 12 -> Statements.typeComparison(line, hits);
      case 13 -> Statements.bareExceptCheck(line, hits);
      case 14 -> Statements.ambiguous(line, hits);
      case 15 -> TokenWhitespace.beforeParameters(line, hits);
      case 16 -> TokenWhitespace.afterKeyword(line, hits);
      case 17 -> TokenWhitespace.namedParameterEquals(line, hits);
      case 18 -> TokenWhitespace.beforeComment(line, hits);
      case 19 -> Whitespace.extraneousWhitespace(line, hits);
      case 20 -> Whitespace.aroundKeywords(line, hits);
      case 21 -> Whitespace.aroundOperator(line, hits);
      case 22 -> Whitespace.aroundComma(line, hits);
      case 23 -> Whitespace.missing(line, hits);
      default -> KNOWN[id].run(line, hits);
    }
  }

  private static int idOf(Analysis analysis) {
    for (int i = 0; i < KNOWN.length; i++) {
      if (KNOWN[i] == analysis) {
        return i;
      }
    }
    return -1;
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
    int[] ids = new int[analyses.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = idOf(analyses.get(i));
    }
    return new Plan(selection, analyses.toArray(new Analysis[0]), ids, codes.toArray(new Set[0]));
  }

  /** Which codes each analysis finds, read from the family's rules. */
  private static final class CodesOf {
    static final Map<Analysis, Set<String>> TABLE = table();

    private static Map<Analysis, Set<String>> table() {
      Map<Analysis, Set<String>> table = new LinkedHashMap<>();
      for (Rule rule : PycodestyleRules.all()) {
        if (rule instanceof SharedLogicalRule shared) {
          table.computeIfAbsent(shared.analysis(), k -> new TreeSet<>()).add(SharedLogicalRule.codeOf(rule.getClass()));
        }
      }
      return table;
    }
  }
}
