package dev.pyvet.core.rules.pyflakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.testing.PyflakesCheckout;
import dev.pyvet.syntax.ast.PyRepr;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.testing.Python313;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * F501 to F525 against pyflakes itself on generated modules: thousands of {@code %} and
 * {@code .format} expressions, random templates against a spread of right operands and call
 * arguments, a few inside string annotations or module-level returns. Needs python3.13 and a pyflakes checkout named by the environment variable
 * PYFLAKES (as scripts/pyflakes-diff takes it); skipped without them.
 */
class FormatChecksDifferentialTest {
  private static final String PRELUDE = "a = b = c = 1\nt = ()\nm = {}\n";

  private static final List<String> PERCENT_RIGHT = List.of(
      "a", "(a,)", "(a, b)", "(a, b, c)", "()", "[a, b]", "(*t,)", "(a, *t)", "{}", "{'a': a}",
      "{'a': a, 'b': b}", "{'b': b, 'x': c}", "{**m}", "{'a': a, **m}", "{a: b}", "m");

  private static final List<String> FORMAT_ARGS = List.of(
      "", "a", "a, b", "a, b, c", "a=a", "a, b=b", "a=a, b=b, x=c", "*t", "a, *t", "**m",
      "a, **m", "a, b, c, a, b, c, a, b, c, a, b, c");

  // Prints pyflakes' F5 findings on the module read from stdin, as ROW:COL: CODE message.
  private static final String ORACLE = String.join("\n",
      "import ast, sys",
      "from pyflakes import checker",
      "codes = {'PercentFormatInvalidFormat': 'F501', 'PercentFormatExpectedMapping': 'F502',",
      "    'PercentFormatExpectedSequence': 'F503', 'PercentFormatExtraNamedArguments': 'F504',",
      "    'PercentFormatMissingArgument': 'F505', 'PercentFormatMixedPositionalAndNamed': 'F506',",
      "    'PercentFormatPositionalCountMismatch': 'F507',",
      "    'PercentFormatStarRequiresSequence': 'F508',",
      "    'PercentFormatUnsupportedFormatCharacter': 'F509',",
      "    'StringDotFormatInvalidFormat': 'F521', 'StringDotFormatExtraNamedArguments': 'F522',",
      "    'StringDotFormatExtraPositionalArguments': 'F523',",
      "    'StringDotFormatMissingArgument': 'F524', 'StringDotFormatMixingAutomatic': 'F525'}",
      "source = sys.stdin.read()",
      "w = checker.Checker(ast.parse(source), withDoctest=False)",
      "for m in w.messages:",
      "    code = codes.get(type(m).__name__)",
      "    if code:",
      "        text = (m.message % m.message_args).encode('unicode_escape').decode('ascii')",
      "        print('%d:%d: %s %s' % (m.lineno, m.col + 1, code, text))",
      "");

  @Test
  void generatedExpressionsMatchPyflakes() throws Exception {
    Path pyflakes = PyflakesCheckout.require();
    Random random = new Random(501);
    StringBuilder source = new StringBuilder(PRELUDE);
    for (int i = 0; i < 4000; i++) {
      String template = randomString(random, "%%%()#*.1sdrayab ", 7);
      place(random, PyRepr.str(template) + " % "
          + PERCENT_RIGHT.get(random.nextInt(PERCENT_RIGHT.size())), source);
    }
    for (int i = 0; i < 4000; i++) {
      String template = randomString(random, "{{{}}}[]:!.012ab r", 8);
      place(random, PyRepr.str(template) + ".format("
          + FORMAT_ARGS.get(random.nextInt(FORMAT_ARGS.size())) + ")", source);
    }
    String out = Python313.run(PyflakesCheckout.importable(pyflakes, ORACLE), source.toString());
    List<String> expected = new ArrayList<>(Arrays.asList(out.split("\n")));
    expected.removeIf(String::isEmpty);
    expected.sort(FINDING_ORDER);

    SourceText text = SourceText.of(source.toString());
    ParseResult parse = Parser.parse(text);
    List<Diagnostic> found = new ArrayList<>();
    RuleEngine.forSelection(code -> code.startsWith("F5") && !code.startsWith("F54"),
            RuleOptions.DEFAULTS)
        .check(new ParsedFile(new FileToCheck("gen.py", Path.of("gen.py")), text, parse), found::add);
    List<String> actual = new ArrayList<>();
    for (Diagnostic d : found) {
      actual.add(d.row() + ":" + d.col() + ": " + d.code() + " " + escape(d.message()));
    }
    actual.sort(FINDING_ORDER);
    assertThat(expected).as("pyflakes finds something to compare").hasSizeGreaterThan(1000);
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  private static final Comparator<String> FINDING_ORDER = Comparator
      .comparingInt((String s) -> Integer.parseInt(s.substring(0, s.indexOf(':'))))
      .thenComparing(Comparator.naturalOrder());

  /**
   * Appends {@code expression} as a statement of its own, mostly; some go into a string
   * annotation (checked by pyflakes too) or a module-level {@code return} (never walked).
   */
  private static void place(Random random, String expression, StringBuilder source) {
    int where = random.nextInt(20);
    if (where == 0) {
      source.append("v: ").append(PyRepr.str(expression)).append(" = 0\n");
    } else if (where == 1) {
      source.append("return ").append(expression).append('\n');
    } else {
      source.append(expression).append('\n');
    }
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** The ASCII-only form python's unicode_escape gives the messages (all ASCII here but '\\'). */
  private static String escape(String s) {
    return s.replace("\\", "\\\\");
  }
}
