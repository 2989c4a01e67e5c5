package dev.pyvet.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.source.SourceText;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting: where python3.13 (measured with ast.parse) accepts a program we must parse it,
 * where it gives up ("Parser stack overflowed - Python source too complex to parse", a
 * MemoryError) we must give up the same way, and nothing may overflow the Java stack.
 */
class ParserLimitsTest {

  private static PySyntaxError error(String source) {
    return Parser.parse(SourceText.of(source)).error();
  }

  private static void assertTooComplex(String source) {
    PySyntaxError e = error(source);
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(PySyntaxError.Kind.MemoryError);
    assertThat(e.message()).isEqualTo("Parser stack overflowed - Python source too complex to parse");
  }

  @Test
  void prefixOperatorsUpToCPythonsLimit() {
    assertThat(error("not ".repeat(5969) + "a")).isNull();
    assertTooComplex("not ".repeat(5970) + "a");
    assertThat(error("-".repeat(5969) + "a")).isNull();
    assertTooComplex("-".repeat(5970) + "a");
    assertTooComplex("-".repeat(100_000) + "a");
    assertTooComplex("not ".repeat(100_000) + "a");
  }

  @Test
  void rightNestedChainsUpToCPythonsLimit() {
    assertThat(error("a**".repeat(2984) + "a")).isNull();
    assertTooComplex("a**".repeat(2985) + "a");
    assertThat(error("x if y else ".repeat(5969) + "a")).isNull();
    assertTooComplex("x if y else ".repeat(5970) + "a");
    assertThat(error("lambda:".repeat(2984) + "a")).isNull();
    assertTooComplex("lambda:".repeat(2985) + "a");
  }

  @Test
  void bracketsCountLikeCPythonsRules() {
    assertThat(error("(".repeat(100) + "-".repeat(3215) + "a" + ")".repeat(100))).isNull();
    assertTooComplex("(".repeat(100) + "-".repeat(3216) + "a" + ")".repeat(100));
    assertThat(error("f(".repeat(100) + "-".repeat(3588) + "a" + ")".repeat(100))).isNull();
    assertTooComplex("f(".repeat(100) + "-".repeat(3589) + "a" + ")".repeat(100));
    assertThat(error("(".repeat(199) + ")".repeat(199))).isNull();
    assertThat(error("[".repeat(199) + "]".repeat(199))).isNull();
    assertThat(error("{1:".repeat(199) + "1" + "}".repeat(199))).isNull();
    assertThat(error("x[".repeat(199) + "1" + "]".repeat(199))).isNull();
  }

  @Test
  void longLeftAssociativeChainsParseWithoutRecursion() {
    Ast.Module m = Parser.parse(SourceText.of(String.join("+", java.util.Collections.nCopies(100_000, "a")))).module();
    assertThat(m).isNotNull();
    Ast.ExprNode e = ((Ast.Expr) m.body().get(0)).value();
    int depth = 0;
    while (e instanceof Ast.BinOp b) {
      e = b.left();
      depth++;
    }
    assertThat(depth).isEqualTo(99_999);
    assertThat(error("a.".repeat(10_000) + "a")).isNull();
    assertThat(error("f" + "()".repeat(10_000) + "[0]".repeat(10_000))).isNull();
  }

  @Test
  void deepBlocks() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 99; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    sb.append(" ".repeat(99)).append("pass\n");
    assertThat(error(sb.toString())).isNull();
  }
}
