package dev.pyvet.syntax.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.source.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random snippets built from Python's trickiest pieces (quotes, f-string braces, backslashes,
 * brackets, number prefixes, indentation, non-ASCII) given to python3.13's {@code ast.parse}.
 * Whenever CPython's error is one the tokenizer raises, pyvet's tokenizer must report the same
 * class, message, line, offset and end. (CPython's other errors come from the parser; "was
 * never closed" is left out because CPython may raise it after a parser error, which is the
 * parser's business.)
 */
class TokenizerErrorFuzzTest {
  private static final String[] ATOMS = {
      "x", "y1", "if", "else", "for", "and", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "(", ")", "[", "]", "{",
      "}", "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rf'", "f'''", "b'", "u'", "\\", "\\\n", "#c", ":", "=", "!", "!r",
      "0", "1", "7", "8", "9", "09", "0x", "0o", "0b", "1_", "_", "e", "j", ".", "1.5", "é", "€", "\u00a0", "\u200c",
      "😀", "\f", "\u0001", "$", ",", "+", "{{", "}}", "\\N{", "\\{", "if x:\n", "    ", "\n    ", "\n\t", ">10",
      // non-ASCII before an error tells chars from bytes in columns
      "é + ", "'😀' + ", "x = é", "f'é{", "'''é\n",
  };

  private static final String[] TOKENIZER_MESSAGES = {
      "unterminated ", "unindent does not match", "inconsistent use of tabs", "too many", "unmatched ",
      "closing parenthesis", "unexpected character after line continuation", "invalid character",
      "invalid non-printable", "invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal",
      "invalid binary literal", "invalid imaginary literal", "invalid digit", "leading zeros", "unexpected EOF",
      // the bare message only: "f-string: expecting '}', or format specs" comes from the parser
      "f-string: single '}'", "f-string: expecting '}'|", "null bytes", "nested too deeply",
  };

  @Test
  void randomSnippetsFailAsInCPython() {
    Path python = PythonOracle.python313();
    assumeTrue(python != null, "python3.13 not found: error fuzzing skipped");
    Random random = new Random(7_2026_1121L);
    List<String> sources = new ArrayList<>();
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      StringBuilder sb = new StringBuilder();
      int atoms = 1 + random.nextInt(14);
      for (int k = 0; k < atoms; k++) {
        sb.append(ATOMS[random.nextInt(ATOMS.length)]);
      }
      sources.add(sb.toString());
      in.append(HexFormat.of().formatHex(sb.toString().getBytes(StandardCharsets.UTF_8))).append('\n');
    }
    String[] out = PythonOracle.run(python, List.of("-c", TokenizerErrorTest.AST_PARSE), in.toString()).split("\n");
    assertThat(out).hasSize(sources.size());
    int compared = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      Tokens tokens = Tokenizer.tokenize(SourceText.of(sources.get(i)));
      String ours = TokenizerErrorTest.describe(tokens.error());
      if (out[i].equals("OK")) {
        if (tokens.error() != null) {
          wrong.add(escape(sources.get(i)) + ": CPython accepts it, pyvet says " + ours);
        }
        continue;
      }
      if (!isTokenizerError(out[i])) {
        continue;
      }
      compared++;
      if (!ours.equals(out[i])) {
        wrong.add(escape(sources.get(i)) + ": CPython " + out[i] + ", pyvet " + ours);
      }
    }
    System.out.printf("tokenizer error fuzzing: %d of %d snippets fail in CPython's tokenizer, all compared%n",
        compared, sources.size());
    assertThat(compared).isGreaterThan(1_000);
    assertThat(wrong).isEmpty();
  }

  /** {@code described} is "Class|message|line|offset|endLine|endOffset". */
  private static boolean isTokenizerError(String described) {
    String message = described.substring(described.indexOf('|') + 1);
    for (String m : TOKENIZER_MESSAGES) {
      if (message.startsWith(m)) {
        return true;
      }
    }
    return false;
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 32 || c > 126) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.append((char) c);
      }
    });
    return b.toString();
  }
}
