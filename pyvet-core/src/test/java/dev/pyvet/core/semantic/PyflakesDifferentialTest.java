package dev.pyvet.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.testing.PyflakesCheckout;
import dev.pyvet.core.testing.StdlibSample;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.testing.Python313;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares the model's findings with pyflakes' on a sample of CPython 3.13's standard library:
 * every finding of the name, import and scope codes, of the string-format checks (F5xx) and of
 * the statement and expression checks (F6xx, F7xx, F901), with pyflakes' line, UTF-8 column and
 * message. Needs python3.13 and a pyflakes checkout named by the {@code PYFLAKES} environment
 * variable (as scripts/pyflakes-diff does); skipped without them.
 */
class PyflakesDifferentialTest {
  private static final int SAMPLE_EVERY = 5;

  // Reads paths on stdin; prints each finding as PATH<TAB>LINE:COL CODE MESSAGE, or SKIP<TAB>PATH
  // for files python3.13 cannot parse.
  private static final String ORACLE = String.join("\n",
      "import ast, sys",
      "from pyflakes import checker",
      "CODES = {'UnusedImport': 'F401', 'ImportShadowedByLoopVar': 'F402',",
      "    'ImportStarUsed': 'F403', 'LateFutureImport': 'F404', 'ImportStarUsage': 'F405',",
      "    'ImportStarNotPermitted': 'F406', 'FutureFeatureNotDefined': 'F407',",
      "    'ForwardAnnotationSyntaxError': 'F722', 'RedefinedWhileUnused': 'F811',",
      "    'UndefinedName': 'F821', 'UndefinedExport': 'F822', 'UndefinedLocal': 'F823',",
      "    'UnusedIndirectAssignment': 'F824', 'DuplicateArgument': 'F831',",
      "    'UnusedVariable': 'F841', 'UnusedAnnotation': 'F842',",
      "    'MultiValueRepeatedKeyLiteral': 'F601', 'MultiValueRepeatedKeyVariable': 'F602',",
      "    'TooManyExpressionsInStarredAssignment': 'F621', 'TwoStarredExpressions': 'F622',",
      "    'AssertTuple': 'F631', 'IsLiteral': 'F632', 'InvalidPrintSyntax': 'F633',",
      "    'IfTuple': 'F634', 'BreakOutsideLoop': 'F701', 'ContinueOutsideLoop': 'F702',",
      "    'YieldOutsideFunction': 'F704', 'ReturnOutsideFunction': 'F706',",
      "    'DefaultExceptNotLast': 'F707', 'RaiseNotImplemented': 'F901',",
      "    'PercentFormatInvalidFormat': 'F501', 'PercentFormatExpectedMapping': 'F502',",
      "    'PercentFormatExpectedSequence': 'F503', 'PercentFormatExtraNamedArguments': 'F504',",
      "    'PercentFormatMissingArgument': 'F505', 'PercentFormatMixedPositionalAndNamed': 'F506',",
      "    'PercentFormatPositionalCountMismatch': 'F507',",
      "    'PercentFormatStarRequiresSequence': 'F508',",
      "    'PercentFormatUnsupportedFormatCharacter': 'F509',",
      "    'StringDotFormatInvalidFormat': 'F521', 'StringDotFormatExtraNamedArguments': 'F522',",
      "    'StringDotFormatExtraPositionalArguments': 'F523',",
      "    'StringDotFormatMissingArgument': 'F524', 'StringDotFormatMixingAutomatic': 'F525',",
      "    'FStringMissingPlaceholders': 'F541', 'TStringMissingPlaceholders': 'F542'}",
      "for p in sys.stdin.read().splitlines():",
      "    try:",
      "        tree = ast.parse(open(p, 'rb').read(), filename=p)",
      "    except (SyntaxError, ValueError, RecursionError, MemoryError):",
      "        print('SKIP\\t' + p)",
      "        continue",
      "    w = checker.Checker(tree, filename=p, withDoctest=False)",
      "    for m in sorted(w.messages, key=lambda m: (m.lineno, m.col)):",
      "        code = CODES.get(type(m).__name__)",
      "        if code:",
      "            print('%s\\t%d:%d %s %s' % (p, m.lineno, m.col, code, m.message % m.message_args))",
      "");

  @Test
  void sampleOfTheStandardLibraryMatchesPyflakes() {
    Path pyflakes = PyflakesCheckout.require();
    List<Path> sample = StdlibSample.everyNth(SAMPLE_EVERY);
    Map<String, List<String>> expected = StdlibSample.byPath(Python313.run(
        PyflakesCheckout.importable(pyflakes, ORACLE), StdlibSample.asInput(sample)));
    int files = 0;
    int findings = 0;
    for (Path p : sample) {
      String key = p.toString();
      if (expected.containsKey(key) && expected.get(key) == null) {
        continue;
      }
      ParseResult parse = StdlibSample.parse(p);
      if (parse == null) {
        continue;
      }
      SemanticModel model = SemanticModel.build(parse.module(),
          p.getFileName().toString().equals("__init__.py"), List.of());
      List<String> ours = new ArrayList<>();
      for (NameMessage m : model.messages()) {
        ours.add(m.line() + ":" + m.utf8Column() + " " + m.code() + " " + m.message());
      }
      List<String> theirs = expected.getOrDefault(key, List.of());
      assertThat(ours).as(key).containsExactlyInAnyOrderElementsOf(theirs);
      files++;
      findings += ours.size();
    }
    assertThat(files).as("files compared").isGreaterThan(300);
    assertThat(findings).as("findings compared").isGreaterThan(500);
  }
}
