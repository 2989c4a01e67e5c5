package dev.pyvet.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The cases of flake8 7's test_parse_files_to_codes_mapping, plus rule names. */
class PerFileIgnoreTest {

  /** Renders as "file=CODE,CODE;file=..." to compare in one string. */
  private static String render(List<PerFileIgnore> entries) {
    StringBuilder sb = new StringBuilder();
    for (PerFileIgnore p : entries) {
      if (!sb.isEmpty()) {
        sb.append(';');
      }
      sb.append(p.pattern()).append('=').append(String.join(",", p.codes()));
    }
    return sb.toString();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|''",
        "'   '|''",
        "'\n\n\n'|''",
        "f.py:E123|f.py=E123",
        "f.py,g.py:E,F|f.py=E,F;g.py=E,F",
        "'   f.py  , g.py  : E  , F  '|f.py=E,F;g.py=E,F",
        "f.py:E g.py:F|f.py=E;g.py=F",
        "'f.py: E\ng.py: F\n'|f.py=E;g.py=F",
        "f.py g.py: E F|f.py=E,F;g.py=E,F",
        "'f.py:\n    E,F\ng.py:\n    G,H'|f.py=E,F;g.py=G,H",
        "F.py,G.py: F,G|F.py=F,G;G.py=F,G",
        ":E|''",
        "f.py:|''",
        ":E f.py:F|f.py=F",
        "f.py: g.py:F|g.py=F",
        "f.py:E:|''",
        "f.py:E.py:|''",
        "f.py:Eg.py:F|Eg.py=F",
        "f.py: ABC123|f.py=ABC123",
        "tests/*: line-too-long E2|tests/*=line-too-long,E2",
      })
  void parsesAsFlake8(String value, String expected) {
    assertThat(render(PerFileIgnore.parse(value))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"f.py", "f.py:E f.py", "f.py::E", "f.py:E,,:F"})
  void rejectsWhatFlake8Rejects(String value) {
    assertThatThrownBy(() -> PerFileIgnore.parse(value))
        .isInstanceOf(PerFileIgnore.SyntaxException.class)
        .hasMessageContaining("mapping from file patterns to codes");
  }
}
