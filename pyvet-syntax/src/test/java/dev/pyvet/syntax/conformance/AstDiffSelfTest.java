package dev.pyvet.syntax.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The comparison itself must notice differences, or the differential test could not fail. */
class AstDiffSelfTest {

  @Test
  void equalDumpsMatchAndDifferentOnesDoNot() {
    Outcome a = Outcome.ofPythonEntry("Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])");
    Outcome same = new Outcome.Dump("Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])");
    Outcome shifted = new Outcome.Dump("Module(body=[Pass(lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)])");
    assertThat(Outcome.matches(a, same)).isTrue();
    assertThat(Outcome.matches(a, shifted)).isFalse();
    assertThat(AstDiff.Mismatch.of("x.py", a, shifted).describe())
        .contains("MISMATCH x.py")
        .contains("first difference at char 39")
        .contains("col_offset=1");
    assertThat(AstDiff.Mismatch.of("x.py", a, shifted).category()).isEqualTo("dump differs at Pass.col_offset");
    Outcome nested = new Outcome.Dump("Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1)], keywords=[], lineno=1))])");
    Outcome nestedOther = new Outcome.Dump("Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1)], keywords=[], lineno=2))])");
    assertThat(AstDiff.Mismatch.of("y.py", nested, nestedOther).category()).isEqualTo("dump differs at Call.lineno");
  }

  @Test
  void errorsMatchOnClassMessageLineAndKnownOffset() {
    Outcome python = Outcome.ofPythonEntry("!IndentationError|3|5|unexpected indent");
    assertThat(python).isEqualTo(new Outcome.Error("IndentationError", 3, 5, "unexpected indent"));
    assertThat(Outcome.matches(python, new Outcome.Error("IndentationError", 3, 5, "unexpected indent"))).isTrue();
    assertThat(Outcome.matches(python, new Outcome.Error("IndentationError", 3, null, "unexpected indent"))).isTrue();
    assertThat(Outcome.matches(python, new Outcome.Error("SyntaxError", 3, 5, "unexpected indent"))).isFalse();
    assertThat(Outcome.matches(python, new Outcome.Error("IndentationError", 3, 6, "unexpected indent"))).isFalse();
    assertThat(Outcome.matches(python, new Outcome.Error("IndentationError", 4, 5, "unexpected indent"))).isFalse();
    assertThat(Outcome.matches(python, new Outcome.Dump("Module(body=[])"))).isFalse();
  }

  @Test
  void messagesMayContainTheSeparator() {
    assertThat(Outcome.ofPythonEntry("!SyntaxError|1|None|invalid syntax | really"))
        .isEqualTo(new Outcome.Error("SyntaxError", 1, null, "invalid syntax | really"));
  }
}
