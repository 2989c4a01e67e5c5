package dev.pyvet.syntax.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Line and column conversions; lines end at LF, CRLF or a lone CR, as CPython translates them. */
class LineIndexTest {

  @Test
  void lfLines() {
    LineIndex l = LineIndex.of("ab\ncd\n");
    assertThat(l.lineCount()).isEqualTo(2);
    assertThat(l.lineOf(0)).isEqualTo(1);
    assertThat(l.lineOf(2)).isEqualTo(1); // the line break belongs to its line
    assertThat(l.lineOf(3)).isEqualTo(2);
    assertThat(l.lineOf(6)).isEqualTo(3); // end of text after a final break: where ENDMARKER is
    assertThat(l.lineStart(2)).isEqualTo(3);
    assertThat(l.lineStart(3)).isEqualTo(6);
    assertThat(l.charColumn(4)).isEqualTo(1);
  }

  @Test
  void crlfIsOneLineBreak() {
    LineIndex l = LineIndex.of("ab\r\ncd\r\n");
    assertThat(l.lineCount()).isEqualTo(2);
    assertThat(l.lineOf(3)).isEqualTo(1);
    assertThat(l.lineOf(4)).isEqualTo(2);
    assertThat(l.lineStart(2)).isEqualTo(4);
    assertThat(l.charColumn(5)).isEqualTo(1);
  }

  @Test
  void loneCrEndsALine() {
    LineIndex l = LineIndex.of("a\rb\r\nc\nd\r");
    assertThat(l.lineCount()).isEqualTo(4);
    assertThat(l.lineStart(2)).isEqualTo(2);
    assertThat(l.lineStart(3)).isEqualTo(5);
    assertThat(l.lineStart(4)).isEqualTo(7);
    assertThat(l.lineOf(8)).isEqualTo(4);
    assertThat(l.lineOf(9)).isEqualTo(5);
  }

  @Test
  void formFeedIsAnOrdinaryColumn() {
    LineIndex l = LineIndex.of("\fx = 1\n");
    assertThat(l.lineCount()).isEqualTo(1);
    assertThat(l.charColumn(1)).isEqualTo(1);
    assertThat(l.utf8Column(1)).isEqualTo(1);
  }

  @Test
  void noFinalLineBreak() {
    LineIndex l = LineIndex.of("a\nbc");
    assertThat(l.lineCount()).isEqualTo(2);
    assertThat(l.lineOf(4)).isEqualTo(2);
    assertThat(l.charColumn(4)).isEqualTo(2);
  }

  @Test
  void emptyText() {
    LineIndex l = LineIndex.of("");
    assertThat(l.lineCount()).isEqualTo(1);
    assertThat(l.lineOf(0)).isEqualTo(1);
    assertThat(l.lineStart(1)).isZero();
    assertThat(l.charColumn(0)).isZero();
  }

  @Test
  void columnsInCodePointsAndUtf8Bytes() {
    String text = "x\né€😀y\n";
    LineIndex l = LineIndex.of(text);
    int y = text.indexOf('y');
    assertThat(l.charColumn(y)).isEqualTo(3); // é, €, and one code point for the surrogate pair
    assertThat(l.utf8Column(y)).isEqualTo(2 + 3 + 4);
    assertThat(l.charColumn(text.indexOf('€'))).isEqualTo(1);
    assertThat(l.utf8Column(text.indexOf('€'))).isEqualTo(2);
  }

  @Test
  void manyLinesBeyondTheInitialCapacity() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(i % 100 == 0 ? "é\n" : "\n");
    }
    LineIndex l = LineIndex.of(sb.toString());
    assertThat(l.lineCount()).isEqualTo(10_000);
    assertThat(l.lineOf(sb.length() - 1)).isEqualTo(10_000);
    assertThat(l.lineStart(9_901)).isEqualTo(9_900 + 99); // 99 of the lines before hold an extra char
  }
}
