package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an analysis puts its findings as it finds them: those of the selected codes go straight
 * to the engine's findings (no list per line), or, for tests, all of them into a list. The
 * analyses of a line run one after another on one thread, so they share one sink per line,
 * pointed at each analysis' codes in turn.
 */
final class Hits {
  private LogicalLine line;
  private Set<String> codes;
  private Findings out;
  private final List<Hit> collected;

  private Hits(List<Hit> collected) {
    this.collected = collected;
  }

  /** The sink of {@code line}, reporting to {@code out}; {@link #select} the codes before use. */
  static Hits of(LogicalLine line, Findings out) {
    Hits hits = new Hits(null);
    hits.line = line;
    hits.out = out;
    return hits;
  }

  /** Reports from now on the findings of {@code selected} only (the next analysis' codes). */
  void select(Set<String> selected) {
    this.codes = selected;
  }

  /** A sink that keeps every hit. */
  static Hits collecting() {
    return new Hits(new ArrayList<>());
  }

  List<Hit> collected() {
    return collected;
  }

  /** A finding at {@code offset} of the logical line; {@code codeAndMessage} is "CODE message". */
  void at(int offset, String codeAndMessage) {
    if (collected != null) {
      collected.add(Hit.at(offset, codeAndMessage));
      return;
    }
    String code = codeAndMessage.substring(0, 4);
    if (codes.contains(code)) {
      line.report(out, offset, code, codeAndMessage.substring(5));
    }
  }

  /** A finding at a physical position. */
  void atPosition(int row, int col, String codeAndMessage) {
    if (collected != null) {
      collected.add(Hit.atPosition(row, col, codeAndMessage));
      return;
    }
    String code = codeAndMessage.substring(0, 4);
    if (codes.contains(code)) {
      out.report(row, col, code, codeAndMessage.substring(5));
    }
  }
}
