"""Writes ParserConstructsTest.java: run with python3.13 from this directory."""
import ast, json
GROUPS = {
 "expressions": [
  "a + b * c - d / e // f % g @ h", "a ** -b ** c", "-a + ~b - +c", "a | b ^ c & d << e >> f",
  "a < b <= c == d != e > f >= g", "a is not b, c not in d, e in f, g is h", "not a and b or not c and d or e",
  "a if b else c if d else e", "(a)", "((a + b)) * c", "a.b.c(d)[e]", "f(a, *b, c=d, **e)", "f(x for x in y)",
  "f(a)(b)(c)", "x[1:2, ::3, 4]", "x[a:b:c]", "x[:]", "x[*a]", "x[*a, b]", "x[a:=1]", "(x := 1, y := 2)",
  "lambda: 0", "lambda a, /, b=1, *c, d, e=2, **f: a", "lambda *, k: k", "...", "None, True, False",
  "1, 2.5, 3j, 0x1f, 1_000, 1e10", "await x", "(yield)", "(yield from x)", "(yield a, b)",
 ],
 "displays": [
  "[]", "[1, 2, 3,]", "[*a, *b]", "()", "(1,)", "(1, 2)", "{}", "{1: 2, **d, 3: 4}", "{1, 2, *s}",
  "[x for x in y if x if z for w in x]", "{k: v for k, v in items}", "{x for x in y}", "(x async for x in y)",
  "[(a, b) for a, b in c]", "[x for *a, b in c]",
 ],
 "strings": [
  "'a' 'b'", "u'a' 'b'", "'a' u'b'", "b'a' b'b'", "r'\\n' '\\n'", "'''multi\nline'''",
  "f'a{b}c'", "f'{a!r:>{w}.{p}}'", "f'{x=}'", "f'{x = !s:10}'", "f'{x:}'", "'a' f'b{c}d' 'e'",
  "f'{{}}'", "f'''x\n{a}\ny'''", "f'{a}' f'{b}'", "f'' ''", "rf'\\d{x}'", "f'{x:{y}}'", "f'{\"a\" \"b\"}'",
  "f'{x # comment\n}'", "f'{a}{b}'", "f\"{f'{x}'}\"", "f'{x!a}'",
 ],
 "statements": [
  "pass", "x = 1", "x = y = z", "x, y = y, x", "[a, *b] = c", "x.a, x[0] = 1, 2", "x += 1", "x **= 2", "x: int",
  "x: int = 1", "(x): int = 1", "x.y: int", "del a, b[0], c.d", "del (a, b), [c]", "assert x, 'm'", "return",
  "raise", "raise E from c", "global a, b", "nonlocal a", "import a.b.c as d, e", "from . import a",
  "from ..a.b import (c as d, e,)", "from ... import x", "from a import *", "x = yield", "x = yield from y",
  "break; continue", "a; b;", "print(x)\n# comment\n\n\ny", "x = 1 \\\n  + 2",
 ],
 "compound": [
  "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "while x:\n    break\nelse:\n    pass\n",
  "for x in y:\n    continue\nelse:\n    pass\n", "for a, *b in c: pass", "for x, in y: pass",
  "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  "try:\n    pass\nexcept* E:\n    pass\n", "try:\n    pass\nfinally:\n    pass\n",
  "with a as b, c: pass", "with (a as b, c): pass", "with (a, b): pass", "with (a, b) as c: pass",
  "with (a): pass", "with (yield): pass", "with a as (b, c): pass",
  "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a\n", "@d\n@e.f(g)\ndef f(): pass\n",
  "@x[0] or y\nclass C(B, metaclass=M): pass\n", "class C: pass", "class C(): pass",
  "async def f():\n    async for x in y: pass\n    async with a as b: pass\n    await z\n",
  "def f[T, *Ts, **P](x: T) -> T: pass", "class C[T: int = str]: pass", "type X = int",
  "type X[T = int] = list[T]", "def f(*args: *Ts): pass", "if a:\n    if b:\n        pass\n    x\ny\n",
 ],
 "match": [
  "match x:\n    case 1:\n        pass\n    case -1 | 1.5 | 1 + 2j | -1 - 2j:\n        pass\n",
  "match x:\n    case 'a' 'b' | b'c' | None | True | False:\n        pass\n",
  "match x:\n    case a.b.c:\n        pass\n    case _:\n        pass\n    case y:\n        pass\n",
  "match x:\n    case [a, *rest] | (a, *_) | [] | ():\n        pass\n",
  "match x:\n    case {'a': 1, b.c: d, **rest}:\n        pass\n    case {}:\n        pass\n",
  "match x:\n    case C(1, a=b) | D() | E.F(x, y=z):\n        pass\n",
  "match x:\n    case (1 | 2) as y if y > 1:\n        pass\n",
  "match x, y:\n    case a, b:\n        pass\n", "match (x):\n    case (a):\n        pass\n",
  "match = 1\nmatch.x = 2\nmatch(x)\nmatch[x]\nmatch -x\n", "case = 1\ntype = 2\n_ = 3\n",
  "match x:\n    case *a, b:\n        pass\n", "match -x:\n    case 1:\n        pass\n",
 ],
 "positions": [
  "é = 'ü' + x", "x = '𝄞' + y", "ｘ = 1", "f(a,\n  b)\n", "x = (\n    1 +\n    2\n)\n", "a = 1\r\nb = 2\r\n",
  "if x:\n\tpass\n", "def f():\n    '''doc'''\n    return\n",
 ],
}
def jstr(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\r': out.append('\\r')
        elif ch == '\t': out.append('\\t')
        elif o < 0x20 or o > 0x7e:
            if o > 0xffff:
                o -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff)))
            else:
                out.append('\\u%04x' % o)
        else: out.append(ch)
    return '"' + ''.join(out) + '"'
def main():
    lines = []
    for group, srcs in GROUPS.items():
        lines.append(f"  static Stream<Arguments> {group}() {{")
        lines.append("    return Stream.of(")
        items = []
        for s in srcs:
            d = ast.dump(ast.parse(s), include_attributes=True)
            items.append(f"        arguments(\n            {jstr(s)},\n            {jstr(d)})")
        lines.append(",\n".join(items) + ");")
        lines.append("  }\n")
        lines.append(f'''  @ParameterizedTest
      @MethodSource
      void {group}(String source, String expected) {{
        assertDump(source, expected);
      }}
    ''')
    body = "\n".join(lines)
    java = f'''package dev.pyvet.syntax.parser;

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
     * {{@code ast.dump(ast.parse(source), include_attributes=True)}} (generated, then stored here).
     */
    class ParserConstructsTest {{

      static void assertDump(String source, String expected) {{
        ParseResult r = Parser.parse(SourceText.of(source));
        assertThat(r.error()).as("error for %s", source).isNull();
        assertThat(AstDump.dump(r.module())).isEqualTo(expected);
      }}

    {body}}}
    '''
    open(__import__('os').path.join(__import__('os').path.dirname(__file__), '../java/dev/pyvet/syntax/parser/ParserConstructsTest.java'), 'w').write(java)
    print(sum(len(v) for v in GROUPS.values()))


if __name__ == "__main__":
    main()
