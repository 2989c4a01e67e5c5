package dev.pyvet.core.noqa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import org.junit.jupiter.api.Test;

class NoqaDirectivesTest {

  private static NoqaDirectives of(String text) {
    SourceText source = SourceText.of(text);
    return NoqaDirectives.of(source.text(), source.lines(), Tokenizer.tokenize(source));
  }

  @Test
  void aFileWithoutNoqaHasNoDirectives() {
    assertThat(of("x = 1\ny = 2  # no qa\n")).isSameAs(NoqaDirectives.NONE);
  }

  @Test
  void aMultiLineStringSharesItsComment() {
    NoqaDirectives d = of("a = 1\nx = \"\"\"\nlong\n\"\"\"  # noqa: E501\nb = 2\n");
    assertThat(d.suppresses(2, "E501")).isTrue();
    assertThat(d.suppresses(3, "E501")).isTrue();
    assertThat(d.suppresses(4, "E501")).isTrue();
    assertThat(d.suppresses(4, "W291")).isFalse();
    assertThat(d.suppresses(1, "E501")).isFalse();
    assertThat(d.suppresses(5, "E501")).isFalse();
  }

  @Test
  void aNoqaOnTheFirstLineOfAStringCoversItsLastLine() {
    NoqaDirectives d = of("x = \"\"\"  # noqa\nlong\n\"\"\"\n");
    assertThat(d.suppresses(3, "W291")).isTrue();
  }

  @Test
  void backslashContinuationsShareTheirComment() {
    NoqaDirectives d = of("x = 1 + \\\n    2  # noqa: E225\ny=1\n");
    assertThat(d.suppresses(1, "E225")).isTrue();
    assertThat(d.suppresses(2, "E225")).isTrue();
    assertThat(d.suppresses(3, "E225")).isFalse();
  }

  @Test
  void linesInsideBracketsEndInNlAndStandAlone() {
    NoqaDirectives d = of("x = (1,  # noqa\n     2)\n");
    assertThat(d.suppresses(1, "E231")).isTrue();
    assertThat(d.suppresses(2, "E231")).isFalse();
  }

  @Test
  void withATokenizeErrorEachLineStandsAlone() {
    NoqaDirectives d = of("x = \"\"\"\n  # noqa\n");
    assertThat(d.suppresses(1, "E999")).isFalse();
    assertThat(d.suppresses(2, "E999")).isTrue();
  }

  @Test
  void rowsOutsideTheFileAreNeverSuppressed() {
    NoqaDirectives d = of("x = 1  # noqa\n");
    assertThat(d.suppresses(0, "E902")).isFalse();
    assertThat(d.suppresses(2, "W391")).isFalse();
    assertThat(d.suppresses(1, "W391")).isTrue();
  }

  @Test
  void theFileDirectiveIsFoundOnAnyLine() {
    assertThat(of("x = 1\n\n    # flake8: noqa: E501\n").fileDisabled()).isTrue();
    assertThat(of("x = 1  # flake8: noqa\n").fileDisabled()).isFalse();
    assertThat(of("x = 1  # noqa\n# pyvet=noqa\n").fileDisabled()).isTrue();
  }

  @Test
  void theTokensOfAParseThatFailedStillGiveRanges() {
    SourceText source = SourceText.of("y = = \"\"\"\n\"\"\"  # noqa\n");
    var parse = Parser.parse(source);
    assertThat(parse.ok()).isFalse();
    NoqaDirectives d = NoqaDirectives.of(source.text(), source.lines(), parse.tokens());
    assertThat(d.suppresses(1, "E999")).isTrue();
  }

  @Test
  void directivesInStringsAndFStringsAreFoundThroughTheTokens() {
    for (String text : new String[] {
        "x = 1\ny = 'a # noqa'\n",
        "x = 1\ny = f'{x} # NoQA: E1 {y}'\n",
        "x = 1\ny = t'{x} # noqa'\n",
        "s = \"\"\"\n    # flake8: noqa\n\"\"\"\n",
        "x = f'{y # noqa\n}'\n",
        "x = 1  # noqa:E225\n"}) {
      SourceText source = SourceText.of(text);
      NoqaDirectives viaTokens = NoqaDirectives.of(source, Tokenizer.tokenize(source));
      NoqaDirectives viaText = NoqaDirectives.of(source.text(), source.lines(), Tokenizer.tokenize(source));
      assertThat(viaTokens).as(text).isNotSameAs(NoqaDirectives.NONE);
      assertThat(viaTokens.fileDisabled()).as(text).isEqualTo(viaText.fileDisabled());
      for (int row = 1; row <= 3; row++) {
        assertThat(viaTokens.suppresses(row, "E225")).as(text).isEqualTo(viaText.suppresses(row, "E225"));
      }
    }
  }

  @Test
  void aNameSpellingNoqaIsNoDirective() {
    SourceText source = SourceText.of("noqa = NOQA.noqa(1)\n");
    assertThat(NoqaDirectives.of(source, Tokenizer.tokenize(source))).isSameAs(NoqaDirectives.NONE);
  }

  @Test
  void withoutUsableTokensTheWholeTextIsSearched() {
    SourceText source = SourceText.of("x = '''\n  # noqa\n");
    NoqaDirectives d = NoqaDirectives.of(source, Tokenizer.tokenize(source));
    assertThat(d.suppresses(2, "E999")).isTrue();
    assertThat(NoqaDirectives.of(source, null).suppresses(2, "E999")).isTrue();
  }
}
