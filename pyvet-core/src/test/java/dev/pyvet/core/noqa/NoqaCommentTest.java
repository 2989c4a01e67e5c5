package dev.pyvet.core.noqa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoqaCommentTest {

  /** Expected: NONE (no directive), ALL (bare noqa) or the codes joined with '|'. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
    "x = 1;                                 NONE",
    "x = 1  # noqa;                         ALL",
    "x = 1  # NOQA;                         ALL",
    "x = 1  # NoQa;                         ALL",
    "x = 1  #noqa;                          NONE",
    "x = 1  #  noqa;                        NONE",
    "x = 1  #\tnoqa;                        NONE",
    "x = 1  ## noqa;                        ALL",
    "x = 1  # noqa123;                      ALL",
    "x = 1  # noqa-E501;                    ALL",
    "x = 1  # noqa:;                        ALL",
    "x = 1  # noqa: ;                       ALL",
    "x = 1  # noqa : E501;                  ALL",
    "x = 1  # noqa:  E501;                  ALL",
    "x = 1  # noqa:,E501;                   ALL",
    "x = 1  # noqa:E;                       ALL",
    "x = 1  # noqa:501;                     ALL",
    "x = 1  # noqa:E501;                    E501",
    "x = 1  # noqa: E501;                   E501",
    "x = 1  # noqa:\tE501;                  E501",
    "x = 1  # NOQA:E501,W291;               E501|W291",
    "x = 1  # noqa:E501 W291;               E501|W291",
    "x = 1  # noqa:E501,,W2;                E501|W2",
    "x = 1  # noqa:E501 , W2,;              E501|W2",
    "x = 1  # noqa:E501 because W291;       E501",
    "x = 1  # noqa:E501 because2 W291;      E501|because2|W291",
    "x = 1  # noqa:E501W291;                E501W291",
    "x = 1  # noqa:e501;                    e501",
    "x = 1  # noqa:ABC123;                  ABC123",
    "x = 1  # noqa:E501  # noqa;            E501",
    "x = 1  # type: ignore  # noqa: E501;   E501",
    "x = '# noqa:W605';                     W605",
    "x = 1  # noqa:E501\u00a0W291;          E501|W291",
    "x = 1  # noqa:\u212a1;                 \u212a1",
    "x = 1  # noqa:E\u0661;                 ALL",
  })
  void readsTheFirstNoqaAsFlake8sRegexDoes(String line, String expected) {
    NoqaComment c = NoqaComment.find(line);
    switch (expected) {
      case "NONE" -> assertThat(c).isNull();
      case "ALL" -> assertThat(c).isNotNull().extracting(NoqaComment::blanket).isEqualTo(true);
      default -> assertThat(c).isNotNull().extracting(NoqaComment::codes)
          .isEqualTo(List.of(expected.split("\\|")));
    }
  }

  @ParameterizedTest(name = "[{index}] {0} {1}")
  @CsvSource(delimiter = ';', value = {
    "# noqa;           E501; true",
    "# noqa:E501;      E501; true",
    "# noqa:E5;        E501; true",
    "# noqa:E;         E501; true",
    "# noqa:E50,W2;    W291; true",
    "# noqa:E50,W;     W291; false",
    "# noqa:E501;      E502; false",
    "# noqa:E5011;     E501; false",
    "# noqa:e501;      E501; false",
    "# noqa:W291;      E501; false",
  })
  void suppressesEqualCodesAndCodesItPrefixesCaseSensitively(String comment, String code, boolean suppressed) {
    assertThat(NoqaComment.find(comment).suppresses(code)).isEqualTo(suppressed);
  }

  @Test
  void codesRunOnAcrossTheLinesOfARange() {
    assertThat(NoqaComment.find("s = \"\"\"# noqa:E501,\nW291\"\"\"\n").codes()).containsExactly("E501", "W291");
    assertThat(NoqaComment.find("s = \"\"\"# noqa:\nW291\"\"\"\n").codes()).containsExactly("W291");
    // flake8 reads lines with universal newlines: CRLF is one white-space character
    assertThat(NoqaComment.find("s = \"\"\"# noqa:\r\nW291\"\"\"\r\n").codes()).containsExactly("W291");
    assertThat(NoqaComment.find("s = \"\"\"# noqa:\n\nW291\"\"\"\n").blanket()).isTrue();
  }
}
