package dev.pyvet.core.logical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PycodestyleDriverTest {

  private record Run(List<String> logical, List<String> physical, List<LogicalLine> lines) {}

  private static Run run(String source) {
    FileTokens file = FileTokens.of(Tokenizer.tokenize(SourceText.of(source)));
    List<String> logical = new ArrayList<>();
    List<String> physical = new ArrayList<>();
    List<LogicalLine> lines = new ArrayList<>();
    PycodestyleDriver.run(file, PycodestyleOptions.DEFAULTS, new PycodestyleDriver.Listener() {
      @Override
      public void physical(PhysicalLine line) {
        physical.add(line.row() + ":" + line.text());
      }

      @Override
      public void logical(LogicalLine line) {
        logical.add(line.text());
        lines.add(line);
      }
    });
    return new Run(logical, physical, lines);
  }

  @Test
  void stringsAreMutedCommentsDroppedAndRowsJoined() {
    // checked against pycodestyle 2.14's Checker.build_tokens_line on python3.13
    Run r = run("x = f(1,  # one\n      'abc', [\n  2])\nif y :  # c\n    pass\n");
    assertThat(r.logical()).containsExactly("x = f(1, 'xxx', [2])", "if y :", "pass");
  }

  @Test
  void fStringMiddlesKeepTheirSourceWidth() {
    Run r = run("s = f'a{{b}}{c!r:>{w}}'\n");
    assertThat(r.logical()).containsExactly("s = f'xxxxxx{c!r:x{w}}'");
  }

  @Test
  void offsetsMapBackToPhysicalPositions() {
    Run r = run("foo(a,\n    b)\n");
    LogicalLine line = r.lines().get(0);
    assertThat(line.text()).isEqualTo("foo(a, b)");
    List<String> at = new ArrayList<>();
    line.report((row, col, code, message) -> at.add(row + ":" + col), 7, "X", "");
    line.report((row, col, code, message) -> at.add(row + ":" + col), 3, "X", "");
    assertThat(at).containsExactly("2:4", "1:3");
  }

  @Test
  void blankLinesAreCountedAndMultilineStringsCheckedLineByLine() {
    Run r = run("x = 1\n\n\ny = '''a\nb'''\n");
    assertThat(r.lines().get(1).context().blankLines()).isEqualTo(2);
    assertThat(r.physical()).containsExactly("1:x = 1\n", "2:\n", "3:\n", "4:y = '''a\n\n", "5:b'''\n");
  }
}
