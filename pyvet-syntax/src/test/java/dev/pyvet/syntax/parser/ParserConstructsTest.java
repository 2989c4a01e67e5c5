package dev.pyvet.syntax.parser;

    import static org.assertj.core.api.Assertions.assertThat;
    import static org.junit.jupiter.params.provider.Arguments.arguments;

    import dev.pyvet.syntax.ast.AstDump;
    import dev.pyvet.syntax.source.SourceText;
    import java.util.stream.Stream;
    import org.junit.jupiter.params.ParameterizedTest;
    import org.junit.jupiter.params.provider.Arguments;
    import org.junit.jupiter.params.provider.MethodSource;

    /**
     * One small program per construct; each expected dump is what python3.13 printed for
     * {@code ast.dump(ast.parse(source), include_attributes=True)} (generated, then stored here).
     */
    class ParserConstructsTest {

      static void assertDump(String source, String expected) {
        ParseResult r = Parser.parse(SourceText.of(source));
        assertThat(r.error()).as("error for %s", source).isNull();
        assertThat(AstDump.dump(r.module())).isEqualTo(expected);
      }

      static Stream<Arguments> expressions() {
    return Stream.of(
        arguments(
            "a + b * c - d / e // f % g @ h",
            "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), op=Sub(), right=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=Div(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=12, end_lineno=1, end_col_offset=17), op=FloorDiv(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=12, end_lineno=1, end_col_offset=22), op=Mod(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26), lineno=1, col_offset=12, end_lineno=1, end_col_offset=26), op=MatMult(), right=Name(id='h', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30), lineno=1, col_offset=12, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30), lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)])"),
        arguments(
            "a ** -b ** c",
            "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), op=Pow(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=6, end_lineno=1, end_col_offset=12), lineno=1, col_offset=5, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        arguments(
            "-a + ~b - +c",
            "Module(body=[Expr(value=BinOp(left=BinOp(left=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), op=Add(), right=UnaryOp(op=Invert(), operand=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), op=Sub(), right=UnaryOp(op=UAdd(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=10, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        arguments(
            "a | b ^ c & d << e >> f",
            "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=BitAnd(), right=BinOp(left=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=LShift(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), lineno=1, col_offset=12, end_lineno=1, end_col_offset=18), op=RShift(), right=Name(id='f', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=12, end_lineno=1, end_col_offset=23), lineno=1, col_offset=8, end_lineno=1, end_col_offset=23), lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)])"),
        arguments(
            "a < b <= c == d != e > f >= g",
            "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[Lt(), LtE(), Eq(), NotEq(), Gt(), GtE()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Name(id='d', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), Name(id='e', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), Name(id='f', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Name(id='g', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)])"),
        arguments(
            "a is not b, c not in d, e in f, g is h",
            "Module(body=[Expr(value=Tuple(elts=[Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), ops=[IsNot()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), Compare(left=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ops=[NotIn()], comparators=[Name(id='d', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=12, end_lineno=1, end_col_offset=22), Compare(left=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), ops=[In()], comparators=[Name(id='f', ctx=Load(), lineno=1, col_offset=29, end_lineno=1, end_col_offset=30)], lineno=1, col_offset=24, end_lineno=1, end_col_offset=30), Compare(left=Name(id='g', ctx=Load(), lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), ops=[Is()], comparators=[Name(id='h', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=38)], lineno=1, col_offset=32, end_lineno=1, end_col_offset=38)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38), lineno=1, col_offset=0, end_lineno=1, end_col_offset=38)])"),
        arguments(
            "not a and b or not c and d or e",
            "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='c', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=15, end_lineno=1, end_col_offset=20), Name(id='d', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=15, end_lineno=1, end_col_offset=26), Name(id='e', ctx=Load(), lineno=1, col_offset=30, end_lineno=1, end_col_offset=31)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)])"),
        arguments(
            "a if b else c if d else e",
            "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), orelse=IfExp(test=Name(id='d', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), body=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), orelse=Name(id='e', ctx=Load(), lineno=1, col_offset=24, end_lineno=1, end_col_offset=25), lineno=1, col_offset=12, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)])"),
        arguments(
            "(a)",
            "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)])"),
        arguments(
            "((a + b)) * c",
            "Module(body=[Expr(value=BinOp(left=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), op=Add(), right=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])"),
        arguments(
            "a.b.c(d)[e]",
            "Module(body=[Expr(value=Subscript(value=Call(func=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), attr='c', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), slice=Name(id='e', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"),
        arguments(
            "f(a, *b, c=d, **e)",
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], keywords=[keyword(arg='c', value=Name(id='d', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), keyword(value=Name(id='e', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)])"),
        arguments(
            "f(x for x in y)",
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "f(a)(b)(c)",
            "Module(body=[Expr(value=Call(func=Call(func=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), args=[Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "x[1:2, ::3, 4]",
            "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Constant(value=4, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=13), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "x[a:b:c]",
            "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lower=Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), step=Name(id='c', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "x[:]",
            "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Slice(lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])"),
        arguments(
            "x[*a]",
            "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])"),
        arguments(
            "x[*a, b]",
            "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "x[a:=1]",
            "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=NamedExpr(target=Name(id='a', ctx=Store(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "(x := 1, y := 2)",
            "Module(body=[Expr(value=Tuple(elts=[NamedExpr(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7), NamedExpr(target=Name(id='y', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), value=Constant(value=2, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), lineno=1, col_offset=9, end_lineno=1, end_col_offset=15)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])"),
        arguments(
            "lambda: 0",
            "Module(body=[Expr(value=Lambda(args=arguments(), body=Constant(value=0, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"),
        arguments(
            "lambda a, /, b=1, *c, d, e=2, **f: a",
            "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='b', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], vararg=arg(arg='c', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), kwonlyargs=[arg(arg='d', lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), arg(arg='e', lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], kwarg=arg(arg='f', lineno=1, col_offset=32, end_lineno=1, end_col_offset=33), defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, end_col_offset=36), lineno=1, col_offset=0, end_lineno=1, end_col_offset=36)])"),
        arguments(
            "lambda *, k: k",
            "Module(body=[Expr(value=Lambda(args=arguments(kwonlyargs=[arg(arg='k', lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], kw_defaults=[None]), body=Name(id='k', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "...",
            "Module(body=[Expr(value=Constant(value=Ellipsis, lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)])"),
        arguments(
            "None, True, False",
            "Module(body=[Expr(value=Tuple(elts=[Constant(value=None, lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), Constant(value=True, lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), Constant(value=False, lineno=1, col_offset=12, end_lineno=1, end_col_offset=17)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "1, 2.5, 3j, 0x1f, 1_000, 1e10",
            "Module(body=[Expr(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Constant(value=2.5, lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), Constant(value=3j, lineno=1, col_offset=8, end_lineno=1, end_col_offset=10), Constant(value=31, lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), Constant(value=1000, lineno=1, col_offset=18, end_lineno=1, end_col_offset=23), Constant(value=10000000000.0, lineno=1, col_offset=25, end_lineno=1, end_col_offset=29)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)])"),
        arguments(
            "await x",
            "Module(body=[Expr(value=Await(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "(yield)",
            "Module(body=[Expr(value=Yield(lineno=1, col_offset=1, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "(yield from x)",
            "Module(body=[Expr(value=YieldFrom(value=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=1, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "(yield a, b)",
            "Module(body=[Expr(value=Yield(value=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), lineno=1, col_offset=1, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"));
  }

  @ParameterizedTest
      @MethodSource
      void expressions(String source, String expected) {
        assertDump(source, expected);
      }
    
  static Stream<Arguments> displays() {
    return Stream.of(
        arguments(
            "[]",
            "Module(body=[Expr(value=List(ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)])"),
        arguments(
            "[1, 2, 3,]",
            "Module(body=[Expr(value=List(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Constant(value=3, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "[*a, *b]",
            "Module(body=[Expr(value=List(elts=[Starred(value=Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=3), Starred(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=7)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "()",
            "Module(body=[Expr(value=Tuple(ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)])"),
        arguments(
            "(1,)",
            "Module(body=[Expr(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])"),
        arguments(
            "(1, 2)",
            "Module(body=[Expr(value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"),
        arguments(
            "{}",
            "Module(body=[Expr(value=Dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)])"),
        arguments(
            "{1: 2, **d, 3: 4}",
            "Module(body=[Expr(value=Dict(keys=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), None, Constant(value=3, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], values=[Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Name(id='d', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), Constant(value=4, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "{1, 2, *s}",
            "Module(body=[Expr(value=Set(elts=[Constant(value=1, lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Starred(value=Name(id='s', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "[x for x in y if x if z for w in x]",
            "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), ifs=[Name(id='x', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), Name(id='z', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], is_async=0), comprehension(target=Name(id='w', ctx=Store(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), iter=Name(id='x', ctx=Load(), lineno=1, col_offset=33, end_lineno=1, end_col_offset=34), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=35), lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)])"),
        arguments(
            "{k: v for k, v in items}",
            "Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), value=Name(id='v', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), Name(id='v', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=14), iter=Name(id='items', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=23), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)])"),
        arguments(
            "{x for x in y}",
            "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "(x async for x in y)",
            "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), is_async=1)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        arguments(
            "[(a, b) for a, b in c]",
            "Module(body=[Expr(value=ListComp(elt=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6)], ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=7), generators=[comprehension(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), Name(id='b', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], ctx=Store(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"),
        arguments(
            "[x for *a, b in c]",
            "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), generators=[comprehension(target=Tuple(elts=[Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9), Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)], ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18), lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)])"));
  }

  @ParameterizedTest
      @MethodSource
      void displays(String source, String expected) {
        assertDump(source, expected);
      }
    
  static Stream<Arguments> strings() {
    return Stream.of(
        arguments(
            "'a' 'b'",
            "Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "u'a' 'b'",
            "Module(body=[Expr(value=Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "'a' u'b'",
            "Module(body=[Expr(value=Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "b'a' b'b'",
            "Module(body=[Expr(value=Constant(value=b'ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"),
        arguments(
            "r'\\n' '\\n'",
            "Module(body=[Expr(value=Constant(value='\\\\n\\n', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "'''multi\nline'''",
            "Module(body=[Expr(value=Constant(value='multi\\nline', lineno=1, col_offset=0, end_lineno=2, end_col_offset=7), lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)])"),
        arguments(
            "f'a{b}c'",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), Constant(value='c', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "f'{a!r:>{w}.{p}}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11), Constant(value='.', lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), FormattedValue(value=Name(id='p', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), conversion=-1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=6, end_lineno=1, end_col_offset=15), lineno=1, col_offset=2, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "f'{x=}'",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "f'{x = !s:10}'",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = ', lineno=1, col_offset=3, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=115, format_spec=JoinedStr(values=[Constant(value='10', lineno=1, col_offset=10, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=2, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "f'{x:}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "'a' f'b{c}d' 'e'",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Constant(value='de', lineno=1, col_offset=10, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])"),
        arguments(
            "f'{{}}'",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='{}', lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "f'''x\n{a}\ny'''",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x\\n', lineno=1, col_offset=4, end_lineno=2, end_col_offset=0), FormattedValue(value=Name(id='a', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), conversion=-1, lineno=2, col_offset=0, end_lineno=2, end_col_offset=3), Constant(value='\\ny', lineno=2, col_offset=3, end_lineno=3, end_col_offset=1)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=4), lineno=1, col_offset=0, end_lineno=3, end_col_offset=4)])"),
        arguments(
            "f'{a}' f'{b}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])"),
        arguments(
            "f'' ''",
            "Module(body=[Expr(value=JoinedStr(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"),
        arguments(
            "rf'\\d{x}'",
            "Module(body=[Expr(value=JoinedStr(values=[Constant(value='\\\\d', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"),
        arguments(
            "f'{x:{y}}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), lineno=1, col_offset=2, end_lineno=1, end_col_offset=9)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "f'{\"a\" \"b\"}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value='ab', lineno=1, col_offset=3, end_lineno=1, end_col_offset=10), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        arguments(
            "f'{x # comment\n}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=2, end_col_offset=1)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=2), lineno=1, col_offset=0, end_lineno=2, end_col_offset=2)])"),
        arguments(
            "f'{a}{b}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"),
        arguments(
            "f\"{f'{x}'}\"",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=3, end_lineno=1, end_col_offset=9), conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"),
        arguments(
            "f'{x!a}'",
            "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=97, lineno=1, col_offset=2, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"));
  }

  @ParameterizedTest
      @MethodSource
      void strings(String source, String expected) {
        assertDump(source, expected);
      }
    
  static Stream<Arguments> statements() {
    return Stream.of(
        arguments(
            "pass",
            "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)])"),
        arguments(
            "x = 1",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])"),
        arguments(
            "x = y = z",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='y', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], value=Name(id='z', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"),
        arguments(
            "x, y = y, x",
            "Module(body=[Assign(targets=[Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Name(id='y', ctx=Store(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Tuple(elts=[Name(id='y', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)], ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"),
        arguments(
            "[a, *b] = c",
            "Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"),
        arguments(
            "x.a, x[0] = 1, 2",
            "Module(body=[Assign(targets=[Tuple(elts=[Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), slice=Constant(value=0, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], value=Tuple(elts=[Constant(value=1, lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), Constant(value=2, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)], ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])"),
        arguments(
            "x += 1",
            "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"),
        arguments(
            "x **= 2",
            "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Pow(), value=Constant(value=2, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "x: int",
            "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"),
        arguments(
            "x: int = 1",
            "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=6), value=Constant(value=1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), simple=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "(x): int = 1",
            "Module(body=[AnnAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), value=Constant(value=1, lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        arguments(
            "x.y: int",
            "Module(body=[AnnAssign(target=Attribute(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), annotation=Name(id='int', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), simple=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "del a, b[0], c.d",
            "Module(body=[Delete(targets=[Name(id='a', ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Subscript(value=Name(id='b', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), slice=Constant(value=0, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), ctx=Del(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=11), Attribute(value=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), attr='d', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])"),
        arguments(
            "del (a, b), [c]",
            "Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), Name(id='b', ctx=Del(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9)], ctx=Del(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), List(elts=[Name(id='c', ctx=Del(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], ctx=Del(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "assert x, 'm'",
            "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), msg=Constant(value='m', lineno=1, col_offset=10, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])"),
        arguments(
            "return",
            "Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])"),
        arguments(
            "raise",
            "Module(body=[Raise(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])"),
        arguments(
            "raise E from c",
            "Module(body=[Raise(exc=Name(id='E', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cause=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "global a, b",
            "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)])"),
        arguments(
            "nonlocal a",
            "Module(body=[Nonlocal(names=['a'], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)])"),
        arguments(
            "import a.b.c as d, e",
            "Module(body=[Import(names=[alias(name='a.b.c', asname='d', lineno=1, col_offset=7, end_lineno=1, end_col_offset=17), alias(name='e', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        arguments(
            "from . import a",
            "Module(body=[ImportFrom(names=[alias(name='a', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "from ..a.b import (c as d, e,)",
            "Module(body=[ImportFrom(module='a.b', names=[alias(name='c', asname='d', lineno=1, col_offset=19, end_lineno=1, end_col_offset=25), alias(name='e', lineno=1, col_offset=27, end_lineno=1, end_col_offset=28)], level=2, lineno=1, col_offset=0, end_lineno=1, end_col_offset=30)])"),
        arguments(
            "from ... import x",
            "Module(body=[ImportFrom(names=[alias(name='x', lineno=1, col_offset=16, end_lineno=1, end_col_offset=17)], level=3, lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "from a import *",
            "Module(body=[ImportFrom(module='a', names=[alias(name='*', lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], level=0, lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "x = yield",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)])"),
        arguments(
            "x = yield from y",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=YieldFrom(value=Name(id='y', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=4, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])"),
        arguments(
            "break; continue",
            "Module(body=[Break(lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Continue(lineno=1, col_offset=7, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "a; b;",
            "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Expr(value=Name(id='b', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)])"),
        arguments(
            "print(x)\n# comment\n\n\ny",
            "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Expr(value=Name(id='y', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)])"),
        arguments(
            "x = 1 \\\n  + 2",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=4, end_lineno=2, end_col_offset=5), lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)])"));
  }

  @ParameterizedTest
      @MethodSource
      void statements(String source, String expected) {
        assertDump(source, expected);
      }
    
  static Stream<Arguments> compound() {
    return Stream.of(
        arguments(
            "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
            "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)])"),
        arguments(
            "while x:\n    break\nelse:\n    pass\n",
            "Module(body=[While(test=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), body=[Break(lineno=2, col_offset=4, end_lineno=2, end_col_offset=9)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"),
        arguments(
            "for x in y:\n    continue\nelse:\n    pass\n",
            "Module(body=[For(target=Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), body=[Continue(lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], orelse=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"),
        arguments(
            "for a, *b in c: pass",
            "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), Starred(value=Name(id='b', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), ctx=Store(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=9)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), body=[Pass(lineno=1, col_offset=16, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        arguments(
            "for x, in y: pass",
            "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=6), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
            "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8), ExceptHandler(body=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=5, col_offset=0, end_lineno=6, end_col_offset=8)], orelse=[Pass(lineno=8, col_offset=4, end_lineno=8, end_col_offset=8)], finalbody=[Pass(lineno=10, col_offset=4, end_lineno=10, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=10, end_col_offset=8)])"),
        arguments(
            "try:\n    pass\nexcept* E:\n    pass\n",
            "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"),
        arguments(
            "try:\n    pass\nfinally:\n    pass\n",
            "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], finalbody=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"),
        arguments(
            "with a as b, c: pass",
            "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14))], body=[Pass(lineno=1, col_offset=16, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        arguments(
            "with (a as b, c): pass",
            "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"),
        arguments(
            "with (a, b): pass",
            "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)), withitem(context_expr=Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10))], body=[Pass(lineno=1, col_offset=13, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "with (a, b) as c: pass",
            "Module(body=[With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='b', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=11), optional_vars=Name(id='c', ctx=Store(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16))], body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"),
        arguments(
            "with (a): pass",
            "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7))], body=[Pass(lineno=1, col_offset=10, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "with (yield): pass",
            "Module(body=[With(items=[withitem(context_expr=Yield(lineno=1, col_offset=6, end_lineno=1, end_col_offset=11))], body=[Pass(lineno=1, col_offset=14, end_lineno=1, end_col_offset=18)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=18)])"),
        arguments(
            "with a as (b, c): pass",
            "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), optional_vars=Tuple(elts=[Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), Name(id='c', ctx=Store(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)], ctx=Store(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=16))], body=[Pass(lineno=1, col_offset=18, end_lineno=1, end_col_offset=22)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)])"),
        arguments(
            "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a\n",
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], args=[arg(arg='b', lineno=1, col_offset=12, end_lineno=1, end_col_offset=13)], vararg=arg(arg='c', lineno=1, col_offset=18, end_lineno=1, end_col_offset=19), kwonlyargs=[arg(arg='d', lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), arg(arg='e', lineno=1, col_offset=24, end_lineno=1, end_col_offset=25)], kw_defaults=[None, Constant(value=2, lineno=1, col_offset=26, end_lineno=1, end_col_offset=27)], kwarg=arg(arg='f', lineno=1, col_offset=31, end_lineno=1, end_col_offset=32), defaults=[Constant(value=1, lineno=1, col_offset=14, end_lineno=1, end_col_offset=15)]), body=[Return(value=Name(id='a', ctx=Load(), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=4, end_lineno=2, end_col_offset=12)], returns=Name(id='int', ctx=Load(), lineno=1, col_offset=37, end_lineno=1, end_col_offset=40), lineno=1, col_offset=0, end_lineno=2, end_col_offset=12)])"),
        arguments(
            "@d\n@e.f(g)\ndef f(): pass\n",
            "Module(body=[FunctionDef(name='f', args=arguments(), body=[Pass(lineno=3, col_offset=9, end_lineno=3, end_col_offset=13)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Call(func=Attribute(value=Name(id='e', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=2), attr='f', ctx=Load(), lineno=2, col_offset=1, end_lineno=2, end_col_offset=4), args=[Name(id='g', ctx=Load(), lineno=2, col_offset=5, end_lineno=2, end_col_offset=6)], lineno=2, col_offset=1, end_lineno=2, end_col_offset=7)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=13)])"),
        arguments(
            "@x[0] or y\nclass C(B, metaclass=M): pass\n",
            "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), lineno=2, col_offset=11, end_lineno=2, end_col_offset=22)], body=[Pass(lineno=2, col_offset=25, end_lineno=2, end_col_offset=29)], decorator_list=[BoolOp(op=Or(), values=[Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), slice=Constant(value=0, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=5), Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=10)], lineno=2, col_offset=0, end_lineno=2, end_col_offset=29)])"),
        arguments(
            "class C: pass",
            "Module(body=[ClassDef(name='C', body=[Pass(lineno=1, col_offset=9, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])"),
        arguments(
            "class C(): pass",
            "Module(body=[ClassDef(name='C', body=[Pass(lineno=1, col_offset=11, end_lineno=1, end_col_offset=15)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "async def f():\n    async for x in y: pass\n    async with a as b: pass\n    await z\n",
            "Module(body=[AsyncFunctionDef(name='f', args=arguments(), body=[AsyncFor(target=Name(id='x', ctx=Store(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), body=[Pass(lineno=2, col_offset=22, end_lineno=2, end_col_offset=26)], lineno=2, col_offset=4, end_lineno=2, end_col_offset=26), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=3, col_offset=15, end_lineno=3, end_col_offset=16), optional_vars=Name(id='b', ctx=Store(), lineno=3, col_offset=20, end_lineno=3, end_col_offset=21))], body=[Pass(lineno=3, col_offset=23, end_lineno=3, end_col_offset=27)], lineno=3, col_offset=4, end_lineno=3, end_col_offset=27), Expr(value=Await(value=Name(id='z', ctx=Load(), lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=4, col_offset=4, end_lineno=4, end_col_offset=11), lineno=4, col_offset=4, end_lineno=4, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=11)])"),
        arguments(
            "def f[T, *Ts, **P](x: T) -> T: pass",
            "Module(body=[FunctionDef(name='f', args=arguments(args=[arg(arg='x', annotation=Name(id='T', ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=23), lineno=1, col_offset=19, end_lineno=1, end_col_offset=23)]), body=[Pass(lineno=1, col_offset=31, end_lineno=1, end_col_offset=35)], returns=Name(id='T', ctx=Load(), lineno=1, col_offset=28, end_lineno=1, end_col_offset=29), type_params=[TypeVar(name='T', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), TypeVarTuple(name='Ts', lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), ParamSpec(name='P', lineno=1, col_offset=14, end_lineno=1, end_col_offset=17)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=35)])"),
        arguments(
            "class C[T: int = str]: pass",
            "Module(body=[ClassDef(name='C', body=[Pass(lineno=1, col_offset=23, end_lineno=1, end_col_offset=27)], type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14), default_value=Name(id='str', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=20), lineno=1, col_offset=8, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=27)])"),
        arguments(
            "type X = int",
            "Module(body=[TypeAlias(name=Name(id='X', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), value=Name(id='int', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        arguments(
            "type X[T = int] = list[T]",
            "Module(body=[TypeAlias(name=Name(id='X', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), type_params=[TypeVar(name='T', default_value=Name(id='int', ctx=Load(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=14), lineno=1, col_offset=7, end_lineno=1, end_col_offset=14)], value=Subscript(value=Name(id='list', ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=22), slice=Name(id='T', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), ctx=Load(), lineno=1, col_offset=18, end_lineno=1, end_col_offset=25), lineno=1, col_offset=0, end_lineno=1, end_col_offset=25)])"),
        arguments(
            "def f(*args: *Ts): pass",
            "Module(body=[FunctionDef(name='f', args=arguments(vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=16), lineno=1, col_offset=7, end_lineno=1, end_col_offset=16)), body=[Pass(lineno=1, col_offset=19, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)])"),
        arguments(
            "if a:\n    if b:\n        pass\n    x\ny\n",
            "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[If(test=Name(id='b', ctx=Load(), lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)], lineno=2, col_offset=4, end_lineno=3, end_col_offset=12), Expr(value=Name(id='x', ctx=Load(), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5), lineno=4, col_offset=4, end_lineno=4, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=5), Expr(value=Name(id='y', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1), lineno=5, col_offset=0, end_lineno=5, end_col_offset=1)])"));
  }

  @ParameterizedTest
      @MethodSource
      void compound(String source, String expected) {
        assertDump(source, expected);
      }
    
  static Stream<Arguments> match() {
    return Stream.of(
        arguments(
            "match x:\n    case 1:\n        pass\n    case -1 | 1.5 | 1 + 2j | -1 - 2j:\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchOr(patterns=[MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=1, lineno=4, col_offset=10, end_lineno=4, end_col_offset=11), lineno=4, col_offset=9, end_lineno=4, end_col_offset=11), lineno=4, col_offset=9, end_lineno=4, end_col_offset=11), MatchValue(value=Constant(value=1.5, lineno=4, col_offset=14, end_lineno=4, end_col_offset=17), lineno=4, col_offset=14, end_lineno=4, end_col_offset=17), MatchValue(value=BinOp(left=Constant(value=1, lineno=4, col_offset=20, end_lineno=4, end_col_offset=21), op=Add(), right=Constant(value=2j, lineno=4, col_offset=24, end_lineno=4, end_col_offset=26), lineno=4, col_offset=20, end_lineno=4, end_col_offset=26), lineno=4, col_offset=20, end_lineno=4, end_col_offset=26), MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1, lineno=4, col_offset=30, end_lineno=4, end_col_offset=31), lineno=4, col_offset=29, end_lineno=4, end_col_offset=31), op=Sub(), right=Constant(value=2j, lineno=4, col_offset=34, end_lineno=4, end_col_offset=36), lineno=4, col_offset=29, end_lineno=4, end_col_offset=36), lineno=4, col_offset=29, end_lineno=4, end_col_offset=36)], lineno=4, col_offset=9, end_lineno=4, end_col_offset=36), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)])"),
        arguments(
            "match x:\n    case 'a' 'b' | b'c' | None | True | False:\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value='ab', lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), MatchValue(value=Constant(value=b'c', lineno=2, col_offset=19, end_lineno=2, end_col_offset=23), lineno=2, col_offset=19, end_lineno=2, end_col_offset=23), MatchSingleton(value=None, lineno=2, col_offset=26, end_lineno=2, end_col_offset=30), MatchSingleton(value=True, lineno=2, col_offset=33, end_lineno=2, end_col_offset=37), MatchSingleton(value=False, lineno=2, col_offset=40, end_lineno=2, end_col_offset=45)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=45), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match x:\n    case a.b.c:\n        pass\n    case _:\n        pass\n    case y:\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), attr='b', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=12), attr='c', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchAs(lineno=4, col_offset=9, end_lineno=4, end_col_offset=10), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)]), match_case(pattern=MatchAs(name='y', lineno=6, col_offset=9, end_lineno=6, end_col_offset=10), body=[Pass(lineno=7, col_offset=8, end_lineno=7, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=7, end_col_offset=12)])"),
        arguments(
            "match x:\n    case [a, *rest] | (a, *_) | [] | ():\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='rest', lineno=2, col_offset=13, end_lineno=2, end_col_offset=18)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=19), MatchSequence(patterns=[MatchAs(name='a', lineno=2, col_offset=23, end_lineno=2, end_col_offset=24), MatchStar(lineno=2, col_offset=26, end_lineno=2, end_col_offset=28)], lineno=2, col_offset=22, end_lineno=2, end_col_offset=29), MatchSequence(lineno=2, col_offset=32, end_lineno=2, end_col_offset=34), MatchSequence(lineno=2, col_offset=37, end_lineno=2, end_col_offset=39)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=39), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match x:\n    case {'a': 1, b.c: d, **rest}:\n        pass\n    case {}:\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchMapping(keys=[Constant(value='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=13), Attribute(value=Name(id='b', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=19), attr='c', ctx=Load(), lineno=2, col_offset=18, end_lineno=2, end_col_offset=21)], patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=15, end_lineno=2, end_col_offset=16), lineno=2, col_offset=15, end_lineno=2, end_col_offset=16), MatchAs(name='d', lineno=2, col_offset=23, end_lineno=2, end_col_offset=24)], rest='rest', lineno=2, col_offset=9, end_lineno=2, end_col_offset=33), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)]), match_case(pattern=MatchMapping(lineno=4, col_offset=9, end_lineno=4, end_col_offset=11), body=[Pass(lineno=5, col_offset=8, end_lineno=5, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=5, end_col_offset=12)])"),
        arguments(
            "match x:\n    case C(1, a=b) | D() | E.F(x, y=z):\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchClass(cls=Name(id='C', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=11, end_lineno=2, end_col_offset=12), lineno=2, col_offset=11, end_lineno=2, end_col_offset=12)], kwd_attrs=['a'], kwd_patterns=[MatchAs(name='b', lineno=2, col_offset=16, end_lineno=2, end_col_offset=17)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=18), MatchClass(cls=Name(id='D', ctx=Load(), lineno=2, col_offset=21, end_lineno=2, end_col_offset=22), lineno=2, col_offset=21, end_lineno=2, end_col_offset=24), MatchClass(cls=Attribute(value=Name(id='E', ctx=Load(), lineno=2, col_offset=27, end_lineno=2, end_col_offset=28), attr='F', ctx=Load(), lineno=2, col_offset=27, end_lineno=2, end_col_offset=30), patterns=[MatchAs(name='x', lineno=2, col_offset=31, end_lineno=2, end_col_offset=32)], kwd_attrs=['y'], kwd_patterns=[MatchAs(name='z', lineno=2, col_offset=36, end_lineno=2, end_col_offset=37)], lineno=2, col_offset=27, end_lineno=2, end_col_offset=38)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=38), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match x:\n    case (1 | 2) as y if y > 1:\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchAs(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchValue(value=Constant(value=2, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=10, end_lineno=2, end_col_offset=15), name='y', lineno=2, col_offset=9, end_lineno=2, end_col_offset=21), guard=Compare(left=Name(id='y', ctx=Load(), lineno=2, col_offset=25, end_lineno=2, end_col_offset=26), ops=[Gt()], comparators=[Constant(value=1, lineno=2, col_offset=29, end_lineno=2, end_col_offset=30)], lineno=2, col_offset=25, end_lineno=2, end_col_offset=30), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match x, y:\n    case a, b:\n        pass\n",
            "Module(body=[Match(subject=Tuple(elts=[Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), Name(id='y', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10)], ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=10), cases=[match_case(pattern=MatchSequence(patterns=[MatchAs(name='a', lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), MatchAs(name='b', lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=13), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match (x):\n    case (a):\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), cases=[match_case(pattern=MatchAs(name='a', lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match = 1\nmatch.x = 2\nmatch(x)\nmatch[x]\nmatch -x\n",
            "Module(body=[Assign(targets=[Name(id='match', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=Constant(value=1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), Assign(targets=[Attribute(value=Name(id='match', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5), attr='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=7)], value=Constant(value=2, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=0, end_lineno=2, end_col_offset=11), Expr(value=Call(func=Name(id='match', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5), args=[Name(id='x', ctx=Load(), lineno=3, col_offset=6, end_lineno=3, end_col_offset=7)], lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), lineno=3, col_offset=0, end_lineno=3, end_col_offset=8), Expr(value=Subscript(value=Name(id='match', ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=5), slice=Name(id='x', ctx=Load(), lineno=4, col_offset=6, end_lineno=4, end_col_offset=7), ctx=Load(), lineno=4, col_offset=0, end_lineno=4, end_col_offset=8), lineno=4, col_offset=0, end_lineno=4, end_col_offset=8), Expr(value=BinOp(left=Name(id='match', ctx=Load(), lineno=5, col_offset=0, end_lineno=5, end_col_offset=5), op=Sub(), right=Name(id='x', ctx=Load(), lineno=5, col_offset=7, end_lineno=5, end_col_offset=8), lineno=5, col_offset=0, end_lineno=5, end_col_offset=8), lineno=5, col_offset=0, end_lineno=5, end_col_offset=8)])"),
        arguments(
            "case = 1\ntype = 2\n_ = 3\n",
            "Module(body=[Assign(targets=[Name(id='case', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assign(targets=[Name(id='type', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=4)], value=Constant(value=2, lineno=2, col_offset=7, end_lineno=2, end_col_offset=8), lineno=2, col_offset=0, end_lineno=2, end_col_offset=8), Assign(targets=[Name(id='_', ctx=Store(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1)], value=Constant(value=3, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=3, col_offset=0, end_lineno=3, end_col_offset=5)])"),
        arguments(
            "match x:\n    case *a, b:\n        pass\n",
            "Module(body=[Match(subject=Name(id='x', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(name='a', lineno=2, col_offset=9, end_lineno=2, end_col_offset=11), MatchAs(name='b', lineno=2, col_offset=13, end_lineno=2, end_col_offset=14)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=14), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"),
        arguments(
            "match -x:\n    case 1:\n        pass\n",
            "Module(body=[Match(subject=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=6, end_lineno=1, end_col_offset=8), cases=[match_case(pattern=MatchValue(value=Constant(value=1, lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), lineno=2, col_offset=9, end_lineno=2, end_col_offset=10), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)])"));
  }

  @ParameterizedTest
      @MethodSource
      void match(String source, String expected) {
        assertDump(source, expected);
      }
    
  static Stream<Arguments> positions() {
    return Stream.of(
        arguments(
            "\u00e9 = '\u00fc' + x",
            "Module(body=[Assign(targets=[Name(id='\u00e9', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=2)], value=BinOp(left=Constant(value='\u00fc', lineno=1, col_offset=5, end_lineno=1, end_col_offset=9), op=Add(), right=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), lineno=1, col_offset=5, end_lineno=1, end_col_offset=13), lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)])"),
        arguments(
            "x = '\ud834\udd1e' + y",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value='\ud834\udd1e', lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), op=Add(), right=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), lineno=1, col_offset=4, end_lineno=1, end_col_offset=14), lineno=1, col_offset=0, end_lineno=1, end_col_offset=14)])"),
        arguments(
            "\uff58 = 1",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3)], value=Constant(value=1, lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "f(a,\n  b)\n",
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Name(id='b', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=4), lineno=1, col_offset=0, end_lineno=2, end_col_offset=4)])"),
        arguments(
            "x = (\n    1 +\n    2\n)\n",
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Constant(value=1, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), op=Add(), right=Constant(value=2, lineno=3, col_offset=4, end_lineno=3, end_col_offset=5), lineno=2, col_offset=4, end_lineno=3, end_col_offset=5), lineno=1, col_offset=0, end_lineno=4, end_col_offset=1)])"),
        arguments(
            "a = 1\r\nb = 2\r\n",
            "Module(body=[Assign(targets=[Name(id='a', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5), Assign(targets=[Name(id='b', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1)], value=Constant(value=2, lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), lineno=2, col_offset=0, end_lineno=2, end_col_offset=5)])"),
        arguments(
            "if x:\n\tpass\n",
            "Module(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=1, end_lineno=2, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)])"),
        arguments(
            "def f():\n    '''doc'''\n    return\n",
            "Module(body=[FunctionDef(name='f', args=arguments(), body=[Expr(value=Constant(value='doc', lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), lineno=2, col_offset=4, end_lineno=2, end_col_offset=13), Return(lineno=3, col_offset=4, end_lineno=3, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=10)])"));
  }

  @ParameterizedTest
      @MethodSource
      void positions(String source, String expected) {
        assertDump(source, expected);
      }
    }
    