package dev.pyvet.syntax.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Small files with the shapes the standard library lacks (no final newline, empty, CRLF, form
 * feeds, continuation lines, f-string corners, encodings), tokenized by pyvet and by python3.13's
 * {@code tokenize}, token by token.
 */
class TokenizerEdgeCaseTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static Map<String, byte[]> cases() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("empty", new byte[0]);
    m.put("nl_only", utf8("\n"));
    m.put("spaces_only", utf8("   "));
    m.put("comment_noeol", utf8("# hi"));
    m.put("code_noeol", utf8("x = 1"));
    m.put("indent_noeol", utf8("if x:\n    y"));
    m.put("indent_comment_noeol", utf8("if x:\n    y\n# c"));
    m.put("dedent_eof", utf8("if x:\n  if y:\n    z"));
    m.put("trailing_ws_eof", utf8("x = 1\n   "));
    m.put("only_comments_eof", utf8("#a\n#b\n   #c"));
    m.put("crlf", utf8("if x:\r\n    y = 1\r\n\r\nz = (1,\r\n 2)\r\n"));
    m.put("crlf_noeol", utf8("x = 1\r\ny"));
    m.put("formfeed", utf8("\fx = 1\nif x:\n\f    y\n    \fz\n"));
    m.put("formfeed_mid", utf8("x = 1 \f + 2\n"));
    m.put("backslash_cont", utf8("x = 1 + \\\n    2\nif x: \\\n  y\n"));
    m.put("backslash_crlf", utf8("x = 1 + \\\r\n    2\r\n"));
    m.put("cont_in_indent", utf8("if x:\n  \\\n  y\n"));
    m.put("blank_ws_lines", utf8("if x:\n    y\n   \n\t\n    z\n"));
    m.put("comment_indent", utf8("if x:\n  # c\n    y\n# d\nz\n"));
    m.put("tabs", utf8("if x:\n\tif y:\n\t\tz\n\tw\n"));
    m.put("semicolons", utf8("x=1;y=2;\n"));
    m.put("nested_brackets_nl", utf8("x = [\n  1,  # c\n\n  2,\n]\n"));
    m.put("fstring_nested", utf8("f'{x!r:>{w}} {{a}} {y=}' f\"{'a'}\" rf'\\{x}' f'''\n{x\n}\n'''\n"));
    m.put("fstring_format_specs", utf8("f'{x:{y}d}' f'{x:%H:%M}' f'{x:{{}}>10}' f'{x:}' f'{x!s}'\n"));
    m.put("fstring_escapes", utf8("f'\\N{DASH}{x}\\n{{' f'a}}b' f'{x}}}'\n"));
    m.put("fstring_multiline_field", utf8("f'''{\n  x  # c\n  + 1\n}'''\n"));
    m.put("fstring_same_quotes", utf8("f'{'a'}' f'{f'{1}'}'\n"));
    m.put("fstring_lambda_walrus", utf8("f'{(lambda: 1)()}' f'{(y:=2)}' f'{x:=10}'\n"));
    m.put("strings", utf8("b'a' rb'\\'' U'x' '''a\nb''' \"\"\"c\\\n\"\"\" '' Rb\"x\" BR'y'\n"));
    m.put("numbers", utf8("0 00 0_0 1_000 0x_ff 0o17 0b1_0 1. .5 1e5 1E-5 1_0e1_0 1j 1.5J 0j 1if 1else 2 0xfor 1.e5\n"));
    m.put("operators", utf8("a->b **= //= >>= <<= @= := != ... . ~ ^ | & % -= += *= /= %= &= |= ^= < > <= >= == @\n"));
    m.put("not_operators", utf8("x = $a ? 1 ! 2\n"));
    m.put("barry_as_flufl", utf8("1 <> 2\n"));
    m.put("unicode_names", utf8("é = ñ + 日本 + a\u200cb + ℌ\n"));
    m.put("non_bmp", utf8("x = \"😀\" + y # 😀\nz = 𝔘 + '😀' f'{\"😀\"}'\n"));
    m.put("bom", concat(BOM, utf8("x = 1\n")));
    m.put("cookie_latin1", concat(utf8("# -*- coding: latin-1 -*-\nx = \""), new byte[] {(byte) 0xE9}, utf8("\"\n")));
    m.put("blank_then_cookie", concat(utf8("\n# coding: cp1252\nx = \""), new byte[] {(byte) 0x80}, utf8("\"\n")));
    m.put("keywords_soft", utf8("match x:\n    case [1, *_] if y: pass\ntype X = int\n_ = 1\n"));
    m.put("decorators_async", utf8("@d\nasync def f():\n    await x\n    async for a in b: pass\n"));
    return m;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void tokensMatchPythonTokenize() throws Exception {
    Path python = PythonOracle.python313();
    assumeTrue(python != null, "python3.13 not found: edge-case differential test skipped");
    Path dir = Path.of("target", "python-oracle", "edge-cases");
    Files.createDirectories(dir);
    Map<String, byte[]> cases = cases();
    StringBuilder list = new StringBuilder();
    Map<String, String> nameOfPath = new LinkedHashMap<>();
    for (var e : cases.entrySet()) {
      Path f = dir.resolve(e.getKey() + ".py").toAbsolutePath();
      Files.write(f, e.getValue());
      list.append(f).append('\n');
      nameOfPath.put(f.toString(), e.getKey());
    }
    Path script = PythonOracle.resourceScript("tokenize_dump.py");
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : PythonOracle.run(python, List.of(script.toString(), "--full"), list.toString()).split("\n")) {
      if (line.startsWith("FILE ")) {
        current = new ArrayList<>();
        expected.put(nameOfPath.get(line.substring(5)), current);
      } else if (current != null) {
        current.add(line);
      }
    }
    assertThat(expected.keySet()).containsExactlyElementsOf(cases.keySet());
    List<String> differences = new ArrayList<>();
    for (var e : cases.entrySet()) {
      List<String> ours = dump(e.getValue());
      List<String> theirs = expected.get(e.getKey());
      if (!ours.equals(theirs)) {
        int i = 0;
        while (i < ours.size() && i < theirs.size() && ours.get(i).equals(theirs.get(i))) {
          i++;
        }
        differences.add(e.getKey() + " at token " + i + ": python " + (i < theirs.size() ? theirs.get(i) : "<end>")
            + " | pyvet " + (i < ours.size() ? ours.get(i) : "<end>"));
      }
    }
    assertThat(differences).isEmpty();
  }

  private static List<String> dump(byte[] bytes) throws IOException {
    try {
      Tokens tokens = Tokenizer.tokenize(SourceText.decode(bytes));
      TokenDump d = new TokenDump(tokens);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        lines.add(d.line(i));
      }
      if (tokens.error() != null) {
        lines.add("ERROR " + tokens.error());
      }
      return lines;
    } catch (dev.pyvet.syntax.source.SourceDecodingException e) {
      return List.of("UNDECODABLE " + e.getMessage());
    }
  }

  /**
   * Where pyvet follows CPython's C tokenizer rather than the tokenize module: a lone CR ends a
   * line (ast.parse puts {@code y = 2} on line 2; StringIO's readline does not split there).
   */
  @Test
  void loneCarriageReturnEndsALine() {
    Tokens t = Tokenizer.tokenize(SourceText.of("x = 1\ry = 2\r"));
    TokenDump d = new TokenDump(t);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      lines.add(d.line(i));
    }
    assertThat(lines).containsExactly(
        "NAME\t1\t0\t1\t1\tx", "EQUAL\t1\t2\t1\t3\t=", "NUMBER\t1\t4\t1\t5\t1", "NEWLINE\t1\t5\t1\t6\t\\r",
        "NAME\t2\t0\t2\t1\ty", "EQUAL\t2\t2\t2\t3\t=", "NUMBER\t2\t4\t2\t5\t2", "NEWLINE\t2\t5\t2\t6\t\\r",
        "ENDMARKER\t3\t0\t3\t0\t");
  }

  /**
   * t-strings (PEP 750, Python 3.14) are tokenized although python3.13 has none, with the same
   * token shapes as f-strings (including the empty middle after a nested format spec field).
   */
  @Test
  void templateStrings() {
    Tokens t = Tokenizer.tokenize(SourceText.of("x = t'a{b!r:>{w}}c'\n"));
    List<String> types = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      types.add(t.type(i) + " " + t.text(i));
    }
    assertThat(t.error()).isNull();
    assertThat(types).containsExactly("NAME x", "EQUAL =", "TSTRING_START t'", "TSTRING_MIDDLE a", "LBRACE {",
        "NAME b", "EXCLAMATION !", "NAME r", "COLON :", "TSTRING_MIDDLE >", "LBRACE {", "NAME w", "RBRACE }",
        "TSTRING_MIDDLE ", "RBRACE }", "TSTRING_MIDDLE c", "TSTRING_END '", "NEWLINE \n", "ENDMARKER ");
  }
}
