package dev.pyvet.core.rules.pyflakes.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.testing.PyflakesCheckout;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parsers against their originals on many generated strings: {@link BraceFormat} against
 * {@code string.Formatter().parse} and {@link PythonInt} against {@code int()} of python3.13,
 * {@link PercentFormat} against pyflakes' {@code parse_percent_format} (needs PYFLAKES, see
 * {@link PyflakesCheckout#require}). Skipped without python3.13.
 */
class FormatParsersTest {
  private static final String BRACE_ALPHABET = "{{}}[]:!.!:0123 arsx>_-\u0661\u00e9\ud83d\ude00";
  private static final String PERCENT_ALPHABET = "%%%()#0+ -*..12hlLdsrayz\u0661\u00e9\ud83d\ude00";
  private static final String INT_ALPHABET = "0123456789_+- \t\u00a0\u3000\u0661\u0669\uff11xa\ud835\udfd8";

  private static final List<String> BRACE_CASES = List.of(
      "", "{", "}", "{}", "{{", "}}", "{0", "{0!", "{0!r", "{0!r}", "{0!rx}", "{0!r:", "{0!:}",
      "{!}", "{0:", "{0:{1}", "{0:{1}}", "{0[}]}", "{0[{]}", "{0[", "{0[]", "{a{b}}", "x}y",
      "{0}}", "{:{:{}}}", "{:{{}}}", "a{0.b[c]!s:>{1}}z", "{0[:!]}", "{]}", "{!", "{:");

  private static final List<String> PERCENT_CASES = List.of(
      "", "%", "%%", "%s", "%(a)s", "%(a", "%(a)", "%()s", "%((a))s", "%(a(b)s", "%#-+ 0*.*hd",
      "%ld", "%l", "%.", "%.*", "%*", "%5.2f%%", "%\u0661d", "%\ud83d\ude00", "50% off",
      "%(a)%");

  @Test
  void braceParserMatchesStringFormatterParse() {
    List<String> inputs = new ArrayList<>(BRACE_CASES);
    inputs.addAll(PythonOracle.generate(3101, 30000, 9, BRACE_ALPHABET));
    List<String> expected = PythonOracle.eachString("import string",
        String.join("\n",
            "try:",
            "    return repr(tuple(string.Formatter().parse(s)))",
            "except ValueError as e:",
            "    return 'ValueError: ' + str(e)"),
        inputs);
    assertThat(expected).hasSameSizeAs(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(braceRepr(inputs.get(i))).as("parse of %s", PythonOracle.repr(inputs.get(i)))
          .isEqualTo(expected.get(i));
    }
  }

  @Test
  void percentParserMatchesPyflakes() {
    Path pyflakes = PyflakesCheckout.require();
    List<String> inputs = new ArrayList<>(PERCENT_CASES);
    inputs.addAll(PythonOracle.generate(3333, 30000, 8, PERCENT_ALPHABET));
    List<String> expected = PythonOracle.eachString(
        PyflakesCheckout.importable(pyflakes, "from pyflakes.checker import parse_percent_format"),
        String.join("\n",
            "try:",
            "    return repr(parse_percent_format(s))",
            "except ValueError as e:",
            "    return 'ValueError: ' + str(e)"),
        inputs);
    assertThat(expected).hasSameSizeAs(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      assertThat(percentRepr(inputs.get(i))).as("parse of %s", PythonOracle.repr(inputs.get(i)))
          .isEqualTo(expected.get(i));
    }
  }

  @Test
  void pythonIntMatchesInt() {
    List<String> inputs = new ArrayList<>(List.of(
        "", "0", "-0", "+7", " 1 ", "1_000", "_1", "1_", "1__0", "- 1", "\u0661\u0662", "007",
        "\u00a01\u3000", "1".repeat(4300), "1".repeat(4301), "1_".repeat(4300) + "1", "\ud835\udfd8"));
    inputs.addAll(PythonOracle.generate(10, 20000, 6, INT_ALPHABET));
    List<String> expected = PythonOracle.eachString("import sys; sys.set_int_max_str_digits(4300)",
        String.join("\n",
            "try:",
            "    return str(int(s))",
            "except ValueError:",
            "    return 'ValueError'"),
        inputs);
    for (int i = 0; i < inputs.size(); i++) {
      BigInteger value = PythonInt.parse(inputs.get(i));
      assertThat(value == null ? "ValueError" : value.toString())
          .as("int(%s)", PythonOracle.repr(inputs.get(i))).isEqualTo(expected.get(i));
    }
  }

  private static String braceRepr(String s) {
    try {
      List<String> items = new ArrayList<>();
      for (BraceFormat.Item item : BraceFormat.parse(s.codePoints().toArray())) {
        items.add(PythonOracle.tuple(List.of(PythonOracle.repr(item.literal()),
            PythonOracle.repr(item.fieldName()), PythonOracle.repr(item.formatSpec()),
            PythonOracle.repr(item.conversion()))));
      }
      return PythonOracle.unicodeEscape(PythonOracle.tuple(items));
    } catch (InvalidFormatString e) {
      return PythonOracle.unicodeEscape("ValueError: " + e.getMessage());
    }
  }

  private static String percentRepr(String s) {
    try {
      List<String> pieces = new ArrayList<>();
      for (PercentFormat.Piece piece : PercentFormat.parse(s.codePoints().toArray())) {
        PercentFormat.Specifier spec = piece.specifier();
        String specRepr = spec == null ? "None" : PythonOracle.tuple(List.of(
            PythonOracle.repr(spec.key()), PythonOracle.repr(spec.flags()),
            PythonOracle.repr(spec.width()), PythonOracle.repr(spec.precision()),
            PythonOracle.repr(spec.conversion())));
        pieces.add(PythonOracle.tuple(List.of(PythonOracle.repr(piece.literal()), specRepr)));
      }
      return PythonOracle.unicodeEscape(PythonOracle.tuple(pieces));
    } catch (InvalidFormatString e) {
      return PythonOracle.unicodeEscape("ValueError: " + e.getMessage());
    }
  }
}
