package dev.pyvet.core.rules.pycodestyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cheap tests that spare the E7xx regexes most lines must never turn a line away that the
 * regex matches: random lines built from the pieces that matter to them.
 */
class RegexPrefiltersTest {
  private static final String[] PIECES = {" ", "  ", "\t", "\u00a0", "\u2003", "x", "y1", "in", "is", "not",
      "None", "True", "False", "Nonex", "=", "==", "!=", "===", "!", "(", ")", "[", "]", "{", "}", ":", ",",
      "if", "def", "async", "for", "else", "try", "with", "class", "while", "elif", "lambda", "_", "\u00e9"};

  private static String randomLine(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void singletonComparisonFilterKeepsEveryLineTheRegexMatches() {
    Random r = new Random(7);
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      String line = randomLine(r);
      if (Statements.SINGLETON.matcher(line).find()) {
        matched++;
        assertThat(Statements.hasSingletonComparison(line)).as(line).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(1000);
  }

  private static final String[] WORDS = {"not", "in", "is", "x", "y1", "(", ")", "[", "}", "isnot", "notin", "é"};
  private static final String[] GAPS = {" ", " ", "  ", "\t", "", "\u00a0", "\u2003"};

  /** Words and whitespace in turn: the negative comparison regex needs both. */
  private static String randomSpacedLine(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = 1 + r.nextInt(7);
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(GAPS[r.nextInt(GAPS.length)]);
    }
    return sb.toString();
  }

  @Test
  void negativeComparisonFilterKeepsEveryLineTheRegexMatches() {
    Random r = new Random(11);
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      String line = randomSpacedLine(r);
      if (Statements.NEGATIVE.matcher(line).find()) {
        matched++;
        int not = Statements.notBeforeSpace(line);
        assertThat(not >= 0 && Statements.hasInOrIsBetweenSpaces(line, not + 6)).as(line).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(100);
  }

  @Test
  void indentStatementFilterKeepsEveryLineTheRegexMatches() {
    Random r = new Random(13);
    int matched = 0;
    for (int i = 0; i < 200_000; i++) {
      String line = randomLine(r);
      if (Statements.INDENT_STATEMENT.matcher(line).lookingAt()) {
        matched++;
        assertThat(Statements.mayStartIndentStatement(line)).as(line).isTrue();
      }
    }
    assertThat(matched).isGreaterThan(1000);
  }
}
