package dev.pyvet.syntax.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.AstDump;
import dev.pyvet.syntax.source.SourceText;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax newer than the 3.13 oracle: t-strings (PEP 750), unparenthesised except lists (PEP 758),
 * lazy imports (PEP 810) and unpacking in comprehensions (PEP 798). Expected dumps follow the
 * PEPs' AST descriptions: TemplateStr holds Constant and Interpolation(value, str, conversion,
 * format_spec) parts with str the field's source text (trailing whitespace and '=' removed);
 * nested fields of a format spec stay FormattedValue; except types become a Tuple; lazy imports
 * set is_lazy=1; a starred element stays Starred and {**d for d in ds} is a DictComp without value.
 */
class NewerSyntaxTest {

  static Stream<Arguments> accepted() {
    return Stream.of(
        arguments(
            "PEP 750: conversion, format spec with a nested field (a FormattedValue)",
            "t\"a{b!r:>{w}}c\"",
            "Module(body=[Expr(value=TemplateStr(values=[Constant(value='a', lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), Interpolation(value=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), str='b', conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=9, end_lineno=1, end_col_offset=12)], lineno=1, col_offset=7, end_lineno=1, end_col_offset=12), lineno=1, col_offset=3, end_lineno=1, end_col_offset=13), Constant(value='c', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "PEP 750: self-documenting field",
            "t\"{x=}\"",
            "Module(body=[Expr(value=TemplateStr(values=[Constant(value='x=', lineno=1, col_offset=3, end_lineno=1, end_col_offset=5), Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), str='x', conversion=114, lineno=1, col_offset=2, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)])"),
        arguments(
            "PEP 750: str keeps leading space, drops trailing space",
            "t\"{ x }\"",
            "Module(body=[Expr(value=TemplateStr(values=[Interpolation(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), str=' x', conversion=-1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)])"),
        arguments(
            "PEP 750: t-strings concatenate with t-strings",
            "t\"a\" t\"b{c}\"",
            "Module(body=[Expr(value=TemplateStr(values=[Constant(value='ab', lineno=1, col_offset=2, end_lineno=1, end_col_offset=8), Interpolation(value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), str='c', conversion=-1, lineno=1, col_offset=8, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, end_col_offset=12)])"),
        arguments(
            "PEP 758: except without parentheses",
            "try:\n    pass\nexcept A, B:\n    pass\n",
            "Module(body=[Try(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=8), Name(id='B', ctx=Load(), lineno=3, col_offset=10, end_lineno=3, end_col_offset=11)], ctx=Load(), lineno=3, col_offset=7, end_lineno=3, end_col_offset=11), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"),
        arguments(
            "PEP 758: except* without parentheses",
            "try:\n    pass\nexcept* A, B:\n    pass\n",
            "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), Name(id='B', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12)], ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=12), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)])"),
        arguments(
            "PEP 810: lazy import",
            "lazy import a.b as c",
            "Module(body=[Import(names=[alias(name='a.b', asname='c', lineno=1, col_offset=12, end_lineno=1, end_col_offset=20)], is_lazy=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)])"),
        arguments(
            "PEP 810: lazy from-import",
            "lazy from .x import y, z",
            "Module(body=[ImportFrom(module='x', names=[alias(name='y', lineno=1, col_offset=20, end_lineno=1, end_col_offset=21), alias(name='z', lineno=1, col_offset=23, end_lineno=1, end_col_offset=24)], level=1, is_lazy=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)])"),
        arguments(
            "PEP 810: lazy is still a name",
            "lazy = 1\nlazy.x = lazy(import_)\n",
            "Module(body=[Assign(targets=[Name(id='lazy', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], value=Constant(value=1, lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Assign(targets=[Attribute(value=Name(id='lazy', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=4), attr='x', ctx=Store(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=6)], value=Call(func=Name(id='lazy', ctx=Load(), lineno=2, col_offset=9, end_lineno=2, end_col_offset=13), args=[Name(id='import_', ctx=Load(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=21)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=22), lineno=2, col_offset=0, end_lineno=2, end_col_offset=22)])"),
        arguments(
            "PEP 798: starred list comprehension",
            "[*x for x in y]",
            "Module(body=[Expr(value=ListComp(elt=Starred(value=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "PEP 798: dict unpacking comprehension",
            "{**d for d in ds}",
            "Module(body=[Expr(value=DictComp(key=Name(id='d', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), generators=[comprehension(target=Name(id='d', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), iter=Name(id='ds', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=17)])"),
        arguments(
            "PEP 798: starred set comprehension",
            "{*x for x in y}",
            "Module(body=[Expr(value=SetComp(elt=Starred(value=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "PEP 798: starred generator",
            "(*x for x in y)",
            "Module(body=[Expr(value=GeneratorExp(elt=Starred(value=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), is_async=0)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)])"),
        arguments(
            "PEP 798: starred generator argument",
            "f(*x for x in y)",
            "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Starred(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=4), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=16)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)])"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void accepted(String name, String source, String expected) {
    ParseResult r = Parser.parse(SourceText.of(source));
    assertThat(r.error()).as("error for %s", source).isNull();
    assertThat(AstDump.dump(r.module())).isEqualTo(expected);
  }

  static Stream<Arguments> rejected() {
    return Stream.of(
        arguments("PEP 750: no mixing with str", "t\"a\" \"b\"", "SyntaxError: cannot mix t-string literals with string or bytes literals @1:1"),
        arguments("PEP 750: no mixing with f-strings", "x = f\"a\" t\"b\"", "SyntaxError: cannot mix t-string literals with string or bytes literals @1:5"),
        arguments("PEP 750: empty field", "t\"{}\"", "SyntaxError: t-string: valid expression required before '}' @1:4"),
        arguments("PEP 758: 'as' needs parentheses", "try:\n    pass\nexcept A, B as e:\n    pass\n", "SyntaxError: multiple exception types must be parenthesized when using 'as' @3:8"),
        arguments("PEP 810: not in functions", "def f():\n    lazy import x\n", "SyntaxError: lazy import not allowed inside functions @2:5"),
        arguments("PEP 810: not in classes", "class C:\n    lazy import x\n", "SyntaxError: lazy import not allowed inside classes @2:5"),
        arguments("PEP 810: not in try", "try:\n    lazy import x\nexcept E:\n    pass\n", "SyntaxError: lazy import not allowed inside try/except blocks @2:5"),
        arguments("PEP 810: no star", "lazy from x import *", "SyntaxError: lazy from ... import * is not allowed @1:20"),
        arguments("PEP 810: no __future__", "lazy from __future__ import annotations", "SyntaxError: lazy from __future__ import is not allowed @1:1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rejected(String name, String source, String expected) {
    PySyntaxError e = Parser.parse(SourceText.of(source)).error();
    assertThat(e).as("no error for %s", source).isNotNull();
    assertThat(e.kind() + ": " + e.message() + " @" + e.line() + ":" + e.column()).isEqualTo(expected);
  }

  /** With the syntax of 3.13, the same programs fail as python3.13 reports (recorded from it). */
  static Stream<Arguments> rejectedBy313() {
    return Stream.of(
        arguments("x = t\"a\"", "SyntaxError: invalid syntax @1:6"),
        arguments("t\"{x}\"", "SyntaxError: invalid syntax @1:2"),
        arguments("x = [*a for a in b]", "SyntaxError: iterable unpacking cannot be used in comprehension @1:6"),
        arguments("x = {**d for d in ds}", "SyntaxError: dict unpacking cannot be used in dict comprehension @1:6"),
        arguments("x = (*a for a in b)", "SyntaxError: iterable unpacking cannot be used in comprehension @1:6"),
        arguments("f(*a for a in b)", "SyntaxError: iterable unpacking cannot be used in comprehension @1:3"),
        arguments("{*a for a in b}", "SyntaxError: iterable unpacking cannot be used in comprehension @1:2"),
        arguments("lazy import x", "SyntaxError: invalid syntax @1:6"),
        arguments("lazy from x import y", "SyntaxError: invalid syntax @1:6"),
        arguments("try: pass\nexcept Exception, e: pass\n", "SyntaxError: multiple exception types must be parenthesized @2:8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rejectedBy313(String source, String expected) {
    PySyntaxError e = Parser.parse(SourceText.of(source), 13).error();
    assertThat(e).as("no error for %s", source).isNotNull();
    assertThat(e.kind() + ": " + e.message() + " @" + e.line() + ":" + e.column()).isEqualTo(expected);
  }
}
