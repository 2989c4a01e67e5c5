package dev.pyvet.syntax.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tokenizer-level syntax errors, one case per message and position rule, each expecting what
 * python3.13's {@code ast.parse} reports: class, message, lineno, offset, end_lineno, end_offset
 * (None written as 0). Every case is a source where the tokenizer's error is the first error,
 * so CPython's parser reaches it. {@link #expectationsAreCPython313s()} re-checks the expected
 * values against python3.13 when it is installed.
 */
class TokenizerErrorTest {

  record Case(String name, String source, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case c(String name, String source, String expected) {
    return new Case(name, source, expected);
  }

  /** Lines "if x:" indented by from, from + 1, ..., to - 1 spaces. */
  private static String nestedIfs(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      sb.append(" ".repeat(i)).append("if x:\n");
    }
    return sb.toString();
  }

  static List<Case> cases() {
    return List.of(
      c("unterminated string",
          "x = 'abc\n",
          "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5"),
      c("unterminated string at EOF without newline",
          "x = 'abc",
          "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5"),
      c("unterminated string, escaped end quote",
          "x = \"abc\\\"\n",
          "SyntaxError|unterminated string literal (detected at line 1); perhaps you escaped the end quote?|1|5|1|5"),
      c("unterminated string after a non-BMP char",
          "x = '\uD83D\uDE00' + 'abc\n",
          "SyntaxError|unterminated string literal (detected at line 1)|1|11|1|11"),
      c("unterminated string, CRLF",
          "x = 'abc\r\ny'\r\n",
          "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5"),
      c("unterminated string, second of two",
          "x = 'a' 'b\n",
          "SyntaxError|unterminated string literal (detected at line 1)|1|9|1|9"),
      c("unterminated string after backslash-newline",
          "x = 'a\\\nb\n",
          "SyntaxError|unterminated string literal (detected at line 2)|1|5|1|5"),
      c("unterminated bytes",
          "x = rb'abc\n",
          "SyntaxError|unterminated string literal (detected at line 1)|1|5|1|5"),
      c("unterminated triple-quoted string",
          "x = '''abc\n\ndef\n",
          "SyntaxError|unterminated triple-quoted string literal (detected at line 3)|1|5|1|5"),
      c("unterminated triple-quoted string, CRLF",
          "x = '''\r\nabc\r\n",
          "SyntaxError|unterminated triple-quoted string literal (detected at line 2)|1|5|1|5"),
      c("unterminated triple-quoted string, escaped quotes",
          "x = \"\"\"abc\\\"\"\"\n",
          "SyntaxError|unterminated triple-quoted string literal (detected at line 1)|1|5|1|5"),
      c("unterminated f-string",
          "x = f'abc\n",
          "SyntaxError|unterminated f-string literal (detected at line 1)|1|5|1|5"),
      c("unterminated f-string after a field",
          "x = f'{a}\n",
          "SyntaxError|unterminated f-string literal (detected at line 1)|1|5|1|5"),
      c("unterminated f-string in format spec",
          "x = f'{a:abc\n",
          "SyntaxError|'{' was never closed|1|7|1|0"),
      c("unterminated triple-quoted f-string",
          "x = f'''abc\n\n",
          "SyntaxError|unterminated triple-quoted f-string literal (detected at line 2)|1|5|1|5"),
      c("unterminated triple-quoted f-string after a field",
          "x = f'''{a}\n\n",
          "SyntaxError|unterminated triple-quoted f-string literal (detected at line 2)|1|5|1|5"),
      c("f-string string inside field unterminated",
          "x = f'{1'\n",
          "SyntaxError|f-string: expecting '}'|1|9|1|9"),
      c("f-string field never closed",
          "x = f'{a\n",
          "SyntaxError|'{' was never closed|1|7|1|0"),
      c("f-string single }",
          "x = f'}'\n",
          "SyntaxError|f-string: single '}' is not allowed|1|7|1|7"),
      c("f-string single } after field",
          "x = f'{a}}'\n",
          "SyntaxError|f-string: single '}' is not allowed|1|10|1|10"),
      c("f-string unmatched ]",
          "x = f'{a!r]'\n",
          "SyntaxError|f-string: unmatched ']'|1|11|1|11"),
      c("f-string mismatched bracket inside",
          "x = f'{{{(a]}'\n",
          "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1|12|1|12"),
      c("too many nested f-strings",
          "x = " + "f'{".repeat(150) + "1" + "}'".repeat(150) + "\n",
          "SyntaxError|too many nested f-strings|1|453|1|453"),
      c("nested f-strings below the limit",
          "x = " + "f'{".repeat(149) + "1" + "}'".repeat(149) + "\n",
          "OK"),
      c("f-string expressions nested too deeply",
          "x = f'{a:{b:{c:{d}}}}'\n",
          "SyntaxError|f-string: expressions nested too deeply|1|15|1|15"),
      c("unindent mismatch",
          "if x:\n    a\n  b\n",
          "IndentationError|unindent does not match any outer indentation level|3|4|3|-1"),
      c("unindent mismatch, CRLF",
          "if x:\r\n    a\r\n  b\r\n",
          "IndentationError|unindent does not match any outer indentation level|3|4|3|-1"),
      c("unindent mismatch, no final newline",
          "if x:\n    a\n  b",
          "IndentationError|unindent does not match any outer indentation level|3|4|3|-1"),
      c("unindent mismatch, comment",
          "if x:\n    a\n  b # c\n",
          "IndentationError|unindent does not match any outer indentation level|3|8|3|-1"),
      c("unindent mismatch after form feed",
          "def f():\n    pass\n\u000C\n  x\n",
          "IndentationError|unindent does not match any outer indentation level|4|4|4|-1"),
      c("tab error: tab then 8 spaces",
          "if x:\n\ta\n        b\n",
          "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0"),
      c("tab error: 8 spaces then tab",
          "if x:\n        a\n\tb\n",
          "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0"),
      c("tab error: mixed",
          "if x:\n  \ta\n\t  b\n",
          "TabError|inconsistent use of tabs and spaces in indentation|3|1|3|0"),
      c("too many levels of indentation",
          "if x:\n" + nestedIfs(1, 101),
          "IndentationError|too many levels of indentation|101|1|101|0"),
      c("99 levels of indentation are fine",
          nestedIfs(0, 99) + " ".repeat(99) + "pass\n",
          "OK"),
      c("too many nested parentheses",
          "(\n".repeat(201),
          "SyntaxError|too many nested parentheses|201|1|201|1"),
      c("200 nested brackets",
          "[".repeat(200) + "]".repeat(200) + "\n",
          "OK"),
      c("201 nested brackets",
          "(".repeat(201) + ")".repeat(201),
          "SyntaxError|too many nested parentheses|1|201|1|201"),
      c("unmatched )",
          "x = (1, 2))\n",
          "SyntaxError|unmatched ')'|1|11|1|11"),
      c("unmatched ) alone",
          "x = )\n",
          "SyntaxError|unmatched ')'|1|5|1|5"),
      c("unmatched }",
          "x = }\n",
          "SyntaxError|unmatched '}'|1|5|1|5"),
      c("mismatched closing bracket",
          "x = (1, 2]\n",
          "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1|10|1|10"),
      c("mismatched closing bracket on another line",
          "x = (1,\n 2]\n",
          "SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 1|2|3|2|3"),
      c("mismatched closing bracket, lone CR",
          "x = (1,\r 2]\r",
          "SyntaxError|closing parenthesis ']' does not match opening parenthesis '(' on line 1|2|3|2|3"),
      c("mismatched closing bracket after non-BMP char",
          "x = '\uD83D\uDE00', (1]\n",
          "SyntaxError|closing parenthesis ']' does not match opening parenthesis '('|1|12|1|12"),
      c("( never closed",
          "x = (1, 2\n",
          "SyntaxError|'(' was never closed|1|5|1|0"),
      c("[ never closed",
          "x = [1,\n 2\n",
          "SyntaxError|'[' was never closed|1|5|1|0"),
      c("{ never closed",
          "x = {\n",
          "SyntaxError|'{' was never closed|1|5|1|0"),
      c("innermost bracket never closed",
          "(\n[\nx,\n",
          "SyntaxError|'[' was never closed|2|1|2|0"),
      c("never closed, no final newline",
          "x = (\n1111111111",
          "SyntaxError|'(' was never closed|1|5|1|0"),
      c("never closed after backslash",
          "x = (1 +\\\n",
          "SyntaxError|'(' was never closed|1|5|1|0"),
      c("unexpected character after line continuation",
          "x = 1 \\ 2\n",
          "SyntaxError|unexpected character after line continuation character|1|8|1|0"),
      c("unexpected character after line continuation, comment",
          "x = \\ # c\n",
          "SyntaxError|unexpected character after line continuation character|1|6|1|0"),
      c("unexpected EOF after backslash",
          "x = 1 \\",
          "SyntaxError|unexpected EOF while parsing|1|8|1|-1"),
      c("unexpected EOF after backslash-newline",
          "x = 1 + \\\n",
          "SyntaxError|unexpected EOF while parsing|1|10|1|-1"),
      c("unexpected EOF after backslash-CRLF",
          "x = 1 + \\\r\n",
          "SyntaxError|unexpected EOF while parsing|1|10|1|-1"),
      c("unexpected EOF after backslash-newline on line 2",
          "x=1\n\\",
          "SyntaxError|unexpected EOF while parsing|2|2|2|-1"),
      c("unexpected EOF, backslash alone",
          "\\\n",
          "SyntaxError|unexpected EOF while parsing|1|2|1|-1"),
      c("invalid character in identifier",
          "a\u20AC = 1\n",
          "SyntaxError|invalid character '\u20AC' (U+20AC)|1|2|1|2"),
      c("invalid character",
          "\u20AC = 1\n",
          "SyntaxError|invalid character '\u20AC' (U+20AC)|1|1|1|1"),
      c("invalid character after non-ASCII identifier",
          "x = \u00E9\u20AC\n",
          "SyntaxError|invalid character '\u20AC' (U+20AC)|1|6|1|6"),
      c("invalid character, non-BMP",
          "x = \uD83D\uDE00\n",
          "SyntaxError|invalid character '\uD83D\uDE00' (U+1F600)|1|5|1|5"),
      c("invalid character, combining mark first",
          "\u0300 = 1\n",
          "SyntaxError|invalid character '\u0300' (U+0300)|1|1|1|1"),
      c("invalid character, ID_Start but not XID_Start",
          "\u037A = 1\n",
          "SyntaxError|invalid character '\u037A' (U+037A)|1|1|1|1"),
      c("invalid character, U+309B",
          "a\u309B = 1\n",
          "SyntaxError|invalid character '\u309B' (U+309B)|1|2|1|2"),
      c("joiner inside identifier is fine",
          "a\u200Cb = 1\n",
          "OK"),
      c("invalid non-printable character U+00A0",
          "x = a\u00A0+ 1\n",
          "SyntaxError|invalid non-printable character U+00A0|1|6|1|6"),
      c("invalid non-printable character U+2028",
          "x = a\u2028b\n",
          "SyntaxError|invalid non-printable character U+2028|1|6|1|6"),
      c("invalid non-printable character U+0001",
          "x = \u0001\n",
          "SyntaxError|invalid non-printable character U+0001|1|5|1|5"),
      c("invalid non-printable character U+007F",
          "x = \u007F\n",
          "SyntaxError|invalid non-printable character U+007F|1|5|1|5"),
      c("invalid non-printable character U+FEFF",
          "x = \uFEFF\n",
          "SyntaxError|invalid non-printable character U+FEFF|1|5|1|5"),
      c("invalid non-printable character U+3000",
          "x = 1\n\u3000y = 2\n",
          "SyntaxError|invalid non-printable character U+3000|2|1|2|1"),
      c("invalid decimal literal: trailing _",
          "x = 1_\n",
          "SyntaxError|invalid decimal literal|1|6|1|6"),
      c("invalid decimal literal: double _",
          "x = 1__0\n",
          "SyntaxError|invalid decimal literal|1|6|1|6"),
      c("invalid decimal literal: exponent sign",
          "x = 1e+\n",
          "SyntaxError|invalid decimal literal|1|7|1|7"),
      c("invalid decimal literal: fraction _",
          "x = 1.0_\n",
          "SyntaxError|invalid decimal literal|1|8|1|8"),
      c("invalid decimal literal: letters",
          "x = 1abc\n",
          "SyntaxError|invalid decimal literal|1|5|1|5"),
      c("invalid decimal literal: exponent _",
          "x = 1e_1\n",
          "SyntaxError|invalid decimal literal|1|5|1|5"),
      c("invalid decimal literal: float letter",
          "x = 1.5x\n",
          "SyntaxError|invalid decimal literal|1|7|1|7"),
      c("invalid decimal literal: 1_000_",
          "x = 1_000_\n",
          "SyntaxError|invalid decimal literal|1|10|1|10"),
      c("invalid decimal literal: 0_",
          "x = 0_\n",
          "SyntaxError|invalid decimal literal|1|6|1|6"),
      c("invalid hexadecimal literal: empty",
          "x = 0x\n",
          "SyntaxError|invalid hexadecimal literal|1|6|1|6"),
      c("invalid hexadecimal literal: g",
          "x = 0x1g\n",
          "SyntaxError|invalid hexadecimal literal|1|7|1|7"),
      c("invalid hexadecimal literal: _",
          "x = 0x_\n",
          "SyntaxError|invalid hexadecimal literal|1|7|1|7"),
      c("invalid octal literal: empty",
          "x = 0o\n",
          "SyntaxError|invalid octal literal|1|6|1|6"),
      c("invalid octal literal: letter",
          "x = 0o1a\n",
          "SyntaxError|invalid octal literal|1|7|1|7"),
      c("invalid digit in octal literal",
          "x = 0o8\n",
          "SyntaxError|invalid digit '8' in octal literal|1|7|1|7"),
      c("invalid digit in octal literal after digits",
          "x = 0o18\n",
          "SyntaxError|invalid digit '8' in octal literal|1|8|1|8"),
      c("invalid binary literal: empty",
          "x = 0b\n",
          "SyntaxError|invalid binary literal|1|6|1|6"),
      c("invalid binary literal: letter",
          "x = 0b1a\n",
          "SyntaxError|invalid binary literal|1|7|1|7"),
      c("invalid binary literal: trailing _",
          "x = 0b1_\n",
          "SyntaxError|invalid binary literal|1|8|1|8"),
      c("invalid digit in binary literal",
          "x = 0b2\n",
          "SyntaxError|invalid digit '2' in binary literal|1|7|1|7"),
      c("invalid digit in binary literal after digits",
          "x = 0b12\n",
          "SyntaxError|invalid digit '2' in binary literal|1|8|1|8"),
      c("invalid imaginary literal",
          "x = 1j2\n",
          "SyntaxError|invalid imaginary literal|1|6|1|6"),
      c("invalid imaginary literal: letter",
          "x = 1jx\n",
          "SyntaxError|invalid imaginary literal|1|6|1|6"),
      c("leading zeros",
          "x = 012\n",
          "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|5|1|6"),
      c("leading zeros, several",
          "x = 0012\n",
          "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|5|1|7"),
      c("leading zeros with _",
          "x = 0_7\n",
          "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|5|1|7"),
      c("leading zeros before a float are fine",
          "x = 09.5\n",
          "OK"),
      c("zeros are fine",
          "x = 00\n",
          "OK"),
      c("number before keyword is fine",
          "x = 1if 1else 2\n",
          "OK"),
      c("line continuation error after a continued line",
          "x = 1 + \\\n  y \\ z\n",
          "SyntaxError|unexpected character after line continuation character|2|16|2|0"),
      c("line continuation error after a continued line, CRLF",
          "x = 1 + \\\r\n  y \\ z\r\n",
          "SyntaxError|unexpected character after line continuation character|2|16|2|0"),
      c("line continuation error after two continued lines",
          "x = 1 + \\\n  \\\n  y \\ z\n",
          "SyntaxError|unexpected character after line continuation character|3|20|3|0"),
      c("line continuation error after a continued line with non-ASCII",
          "x = '\u00E9' + \\\n  y \\ z\n",
          "SyntaxError|unexpected character after line continuation character|2|18|2|0"),
      c("line continuation error after a triple-quoted string",
          "x = '''a\nbc''' \\ z\n",
          "SyntaxError|unexpected character after line continuation character|2|17|2|0"),
      c("line continuation error after a triple-quoted f-string",
          "x = f'''{a}\nb''' \\ z\n",
          "SyntaxError|unexpected character after line continuation character|2|19|2|0"),
      c("line continuation error after a backslash-continued string",
          "x = 'a\\\nb' \\ z\n",
          "SyntaxError|unexpected character after line continuation character|2|13|2|0"),
      c("line continuation error inside brackets on a later line",
          "x = (1,\n  y \\ z)\n",
          "SyntaxError|unexpected character after line continuation character|2|6|2|0"),
      c("line continuation error after a continued indentation",
          "if x:\n  \\\n  y \\ z\n",
          "SyntaxError|unexpected character after line continuation character|3|6|3|0"),
      c("line continuation error before a non-ASCII char",
          "x = 1 \\\u00E9\n",
          "SyntaxError|unexpected character after line continuation character|1|8|1|0"),
      c("line continuation error before a non-BMP char",
          "x = 1 \\\uD83D\uDE00\n",
          "SyntaxError|unexpected character after line continuation character|1|8|1|0"),
      c("unexpected EOF after two continued lines with non-ASCII",
          "\u00E9 = 1 + \\\n 2 + \\\n",
          "SyntaxError|unexpected EOF while parsing|2|6|2|-1"),
      c("never closed after non-ASCII",
          "x = (\u00E9,\n",
          "SyntaxError|'(' was never closed|1|5|1|0"),
      c("never closed on the line after a triple-quoted string",
          "\u00E9 = '''\n''' + (1",
          "SyntaxError|'(' was never closed|2|6|2|0"),
      c("never closed on a continued line",
          "\u00E9 = 1 + \\\n (1",
          "SyntaxError|'(' was never closed|2|1|2|0"),
      c("never closed on an earlier line, non-ASCII",
          "x = [\u00E9,\n 1,\n",
          "SyntaxError|'[' was never closed|1|5|1|0"),
      c("leading zeros after non-ASCII count bytes",
          "\u00E9 + 090\n",
          "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|6|1|7"),
      c("leading zeros with _ after non-ASCII",
          "\u00E9 + 0_0_9\n",
          "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|6|1|10"),
      c("leading zeros after a non-BMP char",
          "x = '\uD83D\uDE00' + 0012\n",
          "SyntaxError|leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers|1|14|1|16"),
      c("unindent mismatch on a non-ASCII line",
          "if x:\n    a\n  \u00E9\n",
          "IndentationError|unindent does not match any outer indentation level|3|4|3|-1"),
      c("f-string \\N{ escape then doubled brace",
          "x = f'\\N{x{{a}'\n",
          "SyntaxError|f-string: single '}' is not allowed|1|14|1|14"),
      c("f-string \\N{ escape with a replacement field inside",
          "x = f'\\N{a{x}b}'\n",
          "SyntaxError|f-string: single '}' is not allowed|1|15|1|15"),
      c("f-string \\N{ escape closes at the next brace",
          "x = f'\\N{a:b}}'\n",
          "SyntaxError|f-string: single '}' is not allowed|1|14|1|14"),
      c("f-string \\N{ escape in a raw f-string is no escape",
          "x = rf'\\N{a}'\n",
          "OK"),
      c("f-string \\N{ escape, valid",
          "x = f'\\N{EM DASH}{x}'\n",
          "OK"),
      c("source with NUL",
          "x = '\u0000'\n",
          "SyntaxError|source code string cannot contain null bytes|0|0|0|0"));
  }

  static String describe(PySyntaxError e) {
    return e == null ? "OK" : e.kind() + "|" + e.message() + "|" + e.line() + "|" + e.column() + "|" + e.endLine()
        + "|" + e.endColumn();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsCPythonsError(Case c) {
    Tokens tokens = Tokenizer.tokenize(SourceText.of(c.source()));
    assertThat(describe(tokens.error())).isEqualTo(c.expected());
    if (tokens.error() != null) {
      assertThat(tokens.type(tokens.size() - 1)).isEqualTo(TokenType.ERRORTOKEN);
    } else {
      assertThat(tokens.type(tokens.size() - 1)).isEqualTo(TokenType.ENDMARKER);
    }
  }

  /**
   * CPython tokenizes the rest of the file after a parser error; a line continuation error met
   * there with a bracket open on an earlier line than the parser error becomes "was never closed"
   * ({@code ast.parse("x = [1,\n  $ \\ z]\n")} says "'[' was never closed" at 1, 5).
   */
  @Test
  void unclosedBracketWhenTheTokenizerStopsAtALineContinuationError() {
    Tokens t = Tokenizer.tokenize(SourceText.of("x = [1,\n  $ \\ z]\n"));
    assertThat(describe(t.error())).isEqualTo("SyntaxError|unexpected character after line continuation character|2|6|2|0");
    assertThat(describe(t.unclosedBracketAtError())).isEqualTo("SyntaxError|'[' was never closed|1|5|1|0");

    Tokens crlf = Tokenizer.tokenize(SourceText.of("[{\r\n$r0x\t1\n    \\}u"));
    assertThat(describe(crlf.unclosedBracketAtError())).isEqualTo("SyntaxError|'{' was never closed|1|2|1|0");

    assertThat(Tokenizer.tokenize(SourceText.of("x = 1 \\ 2\n")).unclosedBracketAtError()).isNull();
    assertThat(Tokenizer.tokenize(SourceText.of("x = (1,\n")).unclosedBracketAtError()).isNull();
  }

  /**
   * Reads hex-encoded UTF-8 sources, one a line, and prints for each {@code OK} or the
   * SyntaxError as {@code class|msg|lineno|offset|end_lineno|end_offset}.
   */
  static final String AST_PARSE = """
      import ast, sys, warnings
      warnings.simplefilter('ignore')
      for line in sys.stdin.read().split():
          try:
              ast.parse(bytes.fromhex(line).decode('utf-8'))
              print('OK')
          except SyntaxError as e:
              print('%s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                                        e.end_lineno or 0, e.end_offset or 0))
      """;

  @Test
  void expectationsAreCPython313s() {
    Path python = PythonOracle.python313();
    assumeTrue(python != null, "python3.13 not found: expectations not re-checked");
    List<Case> cases = cases();
    StringBuilder in = new StringBuilder();
    for (Case c : cases) {
      in.append(HexFormat.of().formatHex(c.source().getBytes(StandardCharsets.UTF_8))).append('\n');
    }
    String[] out = PythonOracle.run(python, List.of("-c", AST_PARSE), in.toString()).split("\n");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      if (!out[i].equals(cases.get(i).expected())) {
        wrong.add(cases.get(i).name() + ": python3.13 says " + out[i] + ", test expects " + cases.get(i).expected());
      }
    }
    assertThat(out).hasSize(cases.size());
    assertThat(wrong).isEmpty();
  }
}
