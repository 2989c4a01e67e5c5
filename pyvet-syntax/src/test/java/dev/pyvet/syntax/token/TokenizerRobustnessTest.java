package dev.pyvet.syntax.token;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.PySyntaxError.Kind;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Any input ends quickly with tokens or one error, and the tokens are well formed. */
class TokenizerRobustnessTest {

  /** Tokens lie inside the text in order, and the last is ENDMARKER, or ERRORTOKEN with an error. */
  private static void assertWellFormed(Tokens t) {
    int textLen = t.source().text().length();
    assertThat(t.size()).isPositive();
    int previousStart = 0;
    int bad = -1;
    for (int i = 0; i < t.size() && bad < 0; i++) {
      // plain comparisons: an assertion object per token would dominate on millions of tokens
      if (t.start(i) < previousStart || t.end(i) < t.start(i) || t.end(i) > textLen) {
        bad = i;
      }
      previousStart = t.start(i);
    }
    assertThat(bad).as("first token out of order or out of the text").isEqualTo(-1);
    TokenType last = t.type(t.size() - 1);
    if (t.error() == null) {
      assertThat(last).isEqualTo(TokenType.ENDMARKER);
    } else {
      assertThat(last).isEqualTo(TokenType.ERRORTOKEN);
      assertThat(t.error().line()).isBetween(0, t.source().lines().lineCount() + 1);
    }
  }

  @Test
  @Timeout(60)
  void randomBytesAndRandomPythonishText() {
    Random random = new Random(20261121);
    String alphabet = " ()[]{}'\"fbrtu\\\n\r\t\f#:=!0x1e._a€😀;,+-*/%@<>&|^~$?`jJoObB9";
    int decoded = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[random.nextInt(300)];
      random.nextBytes(bytes);
      SourceText source;
      if (i % 2 == 0) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < bytes.length; k++) {
          sb.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
              Math.floorMod(bytes[k], alphabet.codePointCount(0, alphabet.length())))));
        }
        source = SourceText.of(sb.toString());
      } else {
        try {
          source = SourceText.decode(bytes);
        } catch (SourceDecodingException e) {
          continue;
        }
      }
      decoded++;
      assertWellFormed(Tokenizer.tokenize(source));
    }
    assertThat(decoded).isGreaterThan(10_000);
  }

  @Test
  @Timeout(60)
  void fiftyMegabyteLines() {
    String literal = "x = '" + "a".repeat(50_000_000) + "'\n";
    Tokens t = Tokenizer.tokenize(SourceText.of(literal));
    assertWellFormed(t);
    assertThat(t.size()).isEqualTo(5);

    Tokens unterminated = Tokenizer.tokenize(SourceText.of("x = '" + "a".repeat(50_000_000)));
    assertThat(unterminated.error().message()).isEqualTo("unterminated string literal (detected at line 1)");

    Tokens dense = Tokenizer.tokenize(SourceText.of("x = " + "a+".repeat(5_000_000) + "1"));
    assertWellFormed(dense);
    assertThat(dense.size()).isEqualTo(3 + 10_000_000 + 2);
  }

  @Test
  @Timeout(10)
  void tenThousandNestedBrackets() {
    Tokens t = Tokenizer.tokenize(SourceText.of("(".repeat(10_000) + ")".repeat(10_000)));
    assertWellFormed(t);
    assertThat(t.error()).isEqualTo(new PySyntaxError(Kind.SyntaxError, "too many nested parentheses", 1, 201, 1, 201));
  }

  @Test
  @Timeout(10)
  void tenThousandNestedFStringsAndBlocks() {
    Tokens f = Tokenizer.tokenize(SourceText.of("f'{".repeat(10_000) + "}'".repeat(10_000)));
    assertWellFormed(f);
    assertThat(f.error().message()).isEqualTo("too many nested f-strings");

    StringBuilder blocks = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      blocks.append(" ".repeat(i)).append("if x:\n");
    }
    Tokens b = Tokenizer.tokenize(SourceText.of(blocks.toString()));
    assertWellFormed(b);
    assertThat(b.error().message()).isEqualTo("too many levels of indentation");
  }

  @Test
  @Timeout(10)
  void millionLinesInsideAnUnterminatedString() {
    Tokens t = Tokenizer.tokenize(SourceText.of("x = '''\n" + "a\n".repeat(1_000_000)));
    assertThat(t.error().message()).isEqualTo("unterminated triple-quoted string literal (detected at line 1000001)");
    assertThat(t.error().line()).isEqualTo(1);
  }
}
