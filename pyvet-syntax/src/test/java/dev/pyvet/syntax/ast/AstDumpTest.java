package dev.pyvet.syntax.ast;

import dev.pyvet.syntax.testing.Python313;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.ast.Ast.*;
import dev.pyvet.syntax.ast.Ast.Module;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built trees, dumped by us and compared with python3.13's dump of the same source. */
class AstDumpTest {

  private static String python(String source) {
    String script =
        "import ast, sys\n"
            + "sys.setrecursionlimit(100000)\n"
            + "src = sys.stdin.read()\n"
            + "sys.stdout.write(ast.dump(ast.parse(src), include_attributes=True))\n";
    return Python313.run(script, source);
  }

  private static Module module(StmtNode... body) {
    return new Module(List.of(body), List.of());
  }

  private static Name name(String id, ExprContext ctx, int col) {
    return new Name(id, ctx, 1, col, 1, col + id.length());
  }

  private static Constant constant(ConstantValue v, int col, int endCol) {
    return new Constant(v, null, 1, col, 1, endCol);
  }

  @Test
  void assignmentWithCall() {
    String src = "x = -1.5 + f(a, *b, k=None)\n";
    Module m =
        module(
            new Assign(
                List.of(name("x", ExprContext.Store, 0)),
                new BinOp(
                    new UnaryOp(
                        UnaryOpKind.USub, constant(new ConstantValue.Float(1.5), 5, 8), 1, 4, 1, 8),
                    OperatorKind.Add,
                    new Call(
                        name("f", ExprContext.Load, 11),
                        List.of(
                            name("a", ExprContext.Load, 13),
                            new Starred(name("b", ExprContext.Load, 17), ExprContext.Load, 1, 16, 1, 18)),
                        List.of(new Keyword("k", constant(ConstantValue.NONE, 22, 26), 1, 20, 1, 26)),
                        1, 11, 1, 27),
                    1, 4, 1, 27),
                null,
                1, 0, 1, 27));
    assertThat(AstDump.dump(m)).isEqualTo(python(src));
  }

  @Test
  void importFromOmitsNoneModule() {
    String src = "from . import (a as b, c)\n";
    Module m =
        module(
            new ImportFrom(
                null,
                List.of(new Alias("a", "b", 1, 15, 1, 21), new Alias("c", null, 1, 23, 1, 24)),
                1,
                null,
                1, 0, 1, 25));
    assertThat(AstDump.dump(m)).isEqualTo(python(src));
  }

  @Test
  void matchSingletonShowsNone() {
    String src = "match x:\n case None: pass\n";
    Module m =
        module(
            new Match(
                name("x", ExprContext.Load, 6),
                List.of(
                    new MatchCase(
                        new MatchSingleton(ConstantValue.NONE, 2, 6, 2, 10),
                        null,
                        List.of(new Pass(2, 12, 2, 16)))),
                1, 0, 2, 16));
    assertThat(AstDump.dump(m)).isEqualTo(python(src));
  }

  @Test
  void dictWithNullKeyAndUnicodeKind() {
    String src = "d = {**e, 'k': u'v'}\n";
    Module m =
        module(
            new Assign(
                List.of(name("d", ExprContext.Store, 0)),
                new Dict(
                    Arrays.asList(null, constant(new ConstantValue.Str("k"), 10, 13)),
                    List.of(
                        name("e", ExprContext.Load, 7),
                        new Constant(new ConstantValue.Str("v"), "u", 1, 15, 1, 19)),
                    1, 4, 1, 20),
                null,
                1, 0, 1, 20));
    assertThat(AstDump.dump(m)).isEqualTo(python(src));
  }

  @Test
  void emptyArgumentsAndFunctionDef() {
    String src = "lambda: 0\ndef f(a, /, *, b=1, **k): pass\n";
    Arguments none = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    Arguments some =
        new Arguments(
            List.of(new Arg("a", null, null, 2, 6, 2, 7)),
            List.of(),
            null,
            List.of(new Arg("b", null, null, 2, 15, 2, 16)),
            List.of(new Constant(new ConstantValue.Int(BigInteger.ONE), null, 2, 17, 2, 18)),
            new Arg("k", null, null, 2, 22, 2, 23),
            List.of());
    Module m =
        module(
            new Expr(
                new Lambda(none, constant(new ConstantValue.Int(BigInteger.ZERO), 8, 9), 1, 0, 1, 9),
                1, 0, 1, 9),
            new FunctionDef(
                "f", some, List.of(new Pass(2, 26, 2, 30)), List.of(), null, null, List.of(),
                2, 0, 2, 30));
    assertThat(AstDump.dump(m)).isEqualTo(python(src));
  }

  @Test
  void constantsOfEveryKind() {
    String src = "b'\\x00\\'', '\u00e9\\n\\udc80', ..., True, 2j, 1e300, 10**0\n";
    List<ExprNode> elts = new ArrayList<>();
    elts.add(constant(new ConstantValue.Bytes(new byte[] {0, '\''}), 0, 9));
    // Columns count UTF-8 bytes: the e-acute takes two.
    elts.add(constant(new ConstantValue.Str("\u00e9\n\udc80"), 11, 23));
    elts.add(constant(ConstantValue.ELLIPSIS, 25, 28));
    elts.add(constant(ConstantValue.TRUE, 30, 34));
    elts.add(constant(new ConstantValue.Complex(2), 36, 38));
    elts.add(constant(new ConstantValue.Float(1e300), 40, 45));
    elts.add(
        new BinOp(
            constant(new ConstantValue.Int(BigInteger.TEN), 47, 49),
            OperatorKind.Pow,
            constant(new ConstantValue.Int(BigInteger.ZERO), 51, 52),
            1, 47, 1, 52));
    Module m = module(new Expr(new Tuple(elts, ExprContext.Load, 1, 0, 1, 52), 1, 0, 1, 52));
    assertThat(AstDump.dump(m)).isEqualTo(python(src));
  }

  /** a+a+...+a: a left-nested BinOp chain as deep as it is long. */
  private static Module chain(int terms) {
    ExprNode e = name("a", ExprContext.Load, 0);
    for (int i = 1; i < terms; i++) {
      e = new BinOp(e, OperatorKind.Add, name("a", ExprContext.Load, 2 * i), 1, 0, 1, 2 * i + 1);
    }
    return module(new Expr(e, 1, 0, 1, 2 * terms - 1));
  }

  @Test
  void deepChainMatchesPython() {
    int terms = 2000;
    String src = String.join("+", java.util.Collections.nCopies(terms, "a")) + "\n";
    assertThat(AstDump.dump(chain(terms))).isEqualTo(python(src));
  }

  @Test
  void hundredThousandDeepChainDoesNotOverflow() {
    int terms = 100_000;
    String dump = AstDump.dump(chain(terms));
    // Built independently: every BinOp opens before the first term, and closes after its own
    // right operand.
    StringBuilder expected = new StringBuilder("Module(body=[Expr(value=");
    expected.append("BinOp(left=".repeat(terms - 1));
    expected.append("Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)");
    for (int i = 1; i < terms; i++) {
      expected
          .append(", op=Add(), right=Name(id='a', ctx=Load(), lineno=1, col_offset=")
          .append(2 * i)
          .append(", end_lineno=1, end_col_offset=")
          .append(2 * i + 1)
          .append("), lineno=1, col_offset=0, end_lineno=1, end_col_offset=")
          .append(2 * i + 1)
          .append(')');
    }
    expected
        .append(", lineno=1, col_offset=0, end_lineno=1, end_col_offset=")
        .append(2 * terms - 1)
        .append(")])");
    assertThat(dump).isEqualTo(expected.toString());
  }
}
