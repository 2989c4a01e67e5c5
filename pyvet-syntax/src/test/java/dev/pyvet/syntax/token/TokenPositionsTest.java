package dev.pyvet.syntax.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceText;
import org.junit.jupiter.api.Test;

/** Token positions from the lexer's one-pass walk agree with {@link LineIndex}'s conversions. */
class TokenPositionsTest {

  private static void assertPositionsMatchLineIndex(String text) {
    Tokens tokens = Tokenizer.tokenize(SourceText.of(text));
    LineIndex lines = LineIndex.of(text);
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.start(i);
      int end = tokens.end(i);
      String what = "token " + i + " " + tokens.type(i) + " of " + text.replace("\r", "\\r").replace("\n", "\\n");
      assertThat(tokens.startLine(i)).as(what).isEqualTo(lines.lineOf(start));
      assertThat(tokens.startColumn(i)).as(what).isEqualTo(lines.utf8Column(start));
      assertThat(tokens.startLineOffset(i)).as(what).isEqualTo(lines.lineStart(lines.lineOf(start)));
      assertThat(tokens.endLine(i)).as(what).isEqualTo(lines.lineOf(end));
      assertThat(tokens.endColumn(i)).as(what).isEqualTo(lines.utf8Column(end));
    }
  }

  @Test
  void lineBreaksOfEveryKind() {
    assertPositionsMatchLineIndex("a = 1\nb = 2\r\nc = 3\rd = 4");
    assertPositionsMatchLineIndex("x = '''one\r\ntwo\rthree\nfour'''\n# c\n\n  \ny\n");
    assertPositionsMatchLineIndex("f(a,\n  b) \\\n + 1\r\n");
  }

  @Test
  void columnsInUtf8Bytes() {
    assertPositionsMatchLineIndex("é = 'ü'; ж = \"日本\"  # ∑\n");
    assertPositionsMatchLineIndex("s = '\uD83D\uDE00x' + t\n");
    assertPositionsMatchLineIndex("def f():\n    return 'ß' \\\n        + 'x'\n");
  }

  @Test
  void fStringsAndEmptyTokens() {
    assertPositionsMatchLineIndex("if x:\n    y = f'{a!r:>{w}} é {b}'\n        \nz\n");
    assertPositionsMatchLineIndex("");
    assertPositionsMatchLineIndex("x");
  }
}
