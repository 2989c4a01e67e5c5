package dev.pyvet.core.rules.pycodestyle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-matched line starts against pycodestyle's regexes, on random lines of the pieces that matter. */
class LinePrefixesTest {
  private static final String[] PIECES = {"async", "def", "class", "type", "@", " ", "  ", "\t", "\f", "\u001c",
      "\u00a0", "\u2003", "x", "_", "1", "\u00e9", "\u0301", "[", "(", ":", "defx", "f", "[T]"};

  private static String randomLine(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(7);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  @Test
  void matchTheRegexes() {
    Random r = new Random(515);
    for (int i = 0; i < 200_000; i++) {
      String s = randomLine(r);
      assertThat(LinePrefixes.startsWithDef(s)).as("def in [%s]", s)
          .isEqualTo(LinePrefixes.DEF.matcher(s).lookingAt());
      assertThat(LinePrefixes.startsWithGeneric(s)).as("generic in [%s]", s)
          .isEqualTo(LinePrefixes.GENERIC.matcher(s).lookingAt());
      assertThat(LinePrefixes.startsTopLevel(s)).as("top level in [%s]", s)
          .isEqualTo(LinePrefixes.TOP_LEVEL.matcher(s).lookingAt());
    }
  }

  @Test
  void typicalLines() {
    assertThat(LinePrefixes.startsWithDef("async  def f(x):")).isTrue();
    assertThat(LinePrefixes.startsWithDef("default = 1")).isFalse();
    assertThat(LinePrefixes.startsWithGeneric("class C[T]:")).isTrue();
    assertThat(LinePrefixes.startsWithGeneric("type X = int")).isFalse();
    assertThat(LinePrefixes.startsTopLevel("@decorator")).isTrue();
    assertThat(LinePrefixes.startsTopLevel("classes = []")).isFalse();
  }
}
