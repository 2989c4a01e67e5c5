package dev.pyvet.core.rules.pycodestyle;

import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.rule.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an analysis puts its findings as it finds them: those of the selected codes go straight
 * to the engine's findings (no list per line), or, for tests, all of them into a list.
 */
final class Hits {
  private final LogicalLine line;
  private final Set<String> codes;
  private final Findings out;
  private final List<Hit> collected;

  Hits(LogicalLine line, Set<String> codes, Findings out) {
    this.line = line;
    this.codes = codes;
    this.out = out;
    this.collected = null;
  }

  private Hits() {
    this.line = null;
    this.codes = null;
    this.out = null;
    this.collected = new ArrayList<>();
  }

  /** A sink that keeps every hit. */
  static Hits collecting() {
    return new Hits();
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
