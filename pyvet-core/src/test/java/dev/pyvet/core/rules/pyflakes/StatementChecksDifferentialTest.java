package dev.pyvet.core.rules.pyflakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.testing.PyflakesCheckout;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.testing.Python313;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * F601 to F901 against pyflakes itself on generated modules: random nests of loops, defs, async
 * defs, classes, lambdas, comprehensions, try and match statements holding break, continue,
 * return, yield, await, repeated dict keys, {@code is} comparisons, tuple tests, starred targets,
 * {@code print >>}, bindings of print (assignments, imports, del, global, handlers, walrus),
 * annotations (plain, strings, typing subscripts and cast, under {@code from __future__ import
 * annotations}). Needs python3.13 and a pyflakes checkout named by the environment variable
 * PYFLAKES (as scripts/pyflakes-diff takes it); skipped without them.
 */
class StatementChecksDifferentialTest {
  private static final Set<String> CODES = Set.of("F601", "F602", "F621", "F622", "F631", "F632",
      "F633", "F634", "F701", "F702", "F704", "F706", "F707", "F901");

  // Reads NUL-separated modules on stdin; prints pyflakes' findings of these codes for each,
  // as INDEX:ROW:COL: CODE message, or INDEX skip when CPython does not parse the module.
  private static final String ORACLE = String.join("\n",
      "import ast, sys",
      "from pyflakes import checker",
      "codes = {'MultiValueRepeatedKeyLiteral': 'F601', 'MultiValueRepeatedKeyVariable': 'F602',",
      "    'TooManyExpressionsInStarredAssignment': 'F621', 'TwoStarredExpressions': 'F622',",
      "    'AssertTuple': 'F631', 'IsLiteral': 'F632', 'InvalidPrintSyntax': 'F633',",
      "    'IfTuple': 'F634', 'BreakOutsideLoop': 'F701', 'ContinueOutsideLoop': 'F702',",
      "    'YieldOutsideFunction': 'F704', 'ReturnOutsideFunction': 'F706',",
      "    'DefaultExceptNotLast': 'F707', 'RaiseNotImplemented': 'F901'}",
      "for i, source in enumerate(sys.stdin.read().split('\\0')):",
      "    try:",
      "        tree = ast.parse(source)",
      "    except SyntaxError:",
      "        print('%d skip' % i)",
      "        continue",
      "    for m in checker.Checker(tree, withDoctest=False).messages:",
      "        code = codes.get(type(m).__name__)",
      "        if code:",
      "            print('%d:%d:%d: %s %s' % (i, m.lineno, m.col + 1, code, m.message % m.message_args))",
      "");

  private static final List<String> ATOMS = List.of("x", "1", "\"s\"", "print", "(1, 2)", "()",
      "b\"b\"", "1.0", "True", "None", "...", "-1", "f()", "a.b", "(yield)", "(await x)",
      "(yield from y)", "(print := 1)", "lambda: (yield)", "lambda print: print >> 1",
      "[(await z) for z in w]", "\"x is 1\"", "\"{1: 1, 1: 2}\"", "(x, *y)");

  private static final List<String> KEYS = List.of("1", "1.0", "True", "x", "\"a\"", "(1,)", "a", "0",
      "False", "0j", "b\"a\"");

  private final Random random = new Random(701);

  @Test
  void generatedModulesMatchPyflakes() throws Exception {
    Path pyflakes = PyflakesCheckout.require();
    List<String> modules = new ArrayList<>();
    while (modules.size() < 1500) {
      List<String> lines = new ArrayList<>();
      statements(lines, 0, 0);
      String module = String.join("\n", lines) + "\n";
      if (Parser.parse(SourceText.of(module)).ok()) {
        modules.add(module);
      }
    }
    String out = Python313.run(PyflakesCheckout.importable(pyflakes, ORACLE),
        String.join("\0", modules));
    TreeMap<Integer, List<String>> expected = new TreeMap<>();
    Set<Integer> skipped = new java.util.HashSet<>();
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      int colon = line.indexOf(':');
      if (line.endsWith(" skip")) {
        skipped.add(Integer.parseInt(line.substring(0, line.indexOf(' '))));
      } else {
        expected.computeIfAbsent(Integer.parseInt(line.substring(0, colon)), k -> new ArrayList<>())
            .add(line.substring(colon + 1));
      }
    }
    // Parser conformance is tested elsewhere; here a module CPython rejects is only left out.
    assertThat(skipped.size()).as("modules pyvet parses but CPython does not").isLessThan(15);
    int findings = 0;
    for (int i = 0; i < modules.size(); i++) {
      if (skipped.contains(i)) {
        continue;
      }
      List<String> want = new ArrayList<>(expected.getOrDefault(i, List.of()));
      List<String> got = pyvet(modules.get(i));
      want.sort(null);
      got.sort(null);
      assertThat(got).as("module %d:\n%s", i, modules.get(i)).isEqualTo(want);
      findings += want.size();
    }
    assertThat(findings).as("findings compared").isGreaterThan(5000);
  }

  private static List<String> pyvet(String module) {
    SourceText text = SourceText.of(module);
    ParseResult parse = Parser.parse(text);
    List<String> found = new ArrayList<>();
    RuleEngine engine = RuleEngine.forSelection(CODES::contains, RuleOptions.DEFAULTS);
    engine.check(new ParsedFile(new FileToCheck("m.py", Path.of("m.py")), text, parse),
        (Diagnostic d) -> found.add(d.row() + ":" + d.col() + ": " + d.code() + " " + d.message()));
    return found;
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }

  private String pick(String... options) {
    return options[random.nextInt(options.length)];
  }

  private String expression(int depth) {
    if (depth > 2 || random.nextDouble() < 0.3) {
      return pick(ATOMS);
    }
    String a = expression(depth + 1);
    String b = expression(depth + 1);
    return switch (random.nextInt(10)) {
      case 0 -> a + " is " + b;
      case 1 -> a + " >> " + b;
      case 2 -> {
        StringBuilder dict = new StringBuilder("{");
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          dict.append(i > 0 ? ", " : "").append(pick(KEYS)).append(": ").append(expression(depth + 1));
        }
        yield dict.append('}').toString();
      }
      case 3 -> "(" + a + " if (" + b + ", x) else " + expression(depth + 1) + ")";
      case 4 -> "[" + a + " for q in " + b + "]";
      case 5 -> "(lambda a=" + a + ": " + b + ")";
      case 6 -> a + " is not " + b + " is " + expression(depth + 1);
      case 7 -> "cast(" + a + ", " + b + ")";
      case 8 -> "Optional[" + a + "]";
      default -> "(" + a + ", " + b + ")";
    };
  }

  private String annotation() {
    return pick("int", "\"x is 1\"", "\"print >> 1\"", "(yield)", "Literal[\"x is 2\"]",
        "Optional[\"a is 3\"]", "\"{1: 2, True: 3}\"", expression(2));
  }

  private void statements(List<String> out, int indent, int depth) {
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      statement(out, indent, depth);
    }
  }

  private void statement(List<String> out, int indent, int depth) {
    String p = "    ".repeat(indent);
    int kind = random.nextInt(depth < 4 ? 23 : 10);
    switch (kind) {
      case 0 -> out.add(p + "break");
      case 1 -> out.add(p + "continue");
      case 2 -> out.add(p + "return " + expression(0));
      case 3 -> out.add(p + "yield " + expression(0));
      case 4 -> out.add(p + "x = " + expression(0));
      case 5 -> out.add(p + "assert " + pick("(x, 1)", "()", "x", "(x,)"));
      case 6 -> out.add(p + "raise " + pick("NotImplemented", "NotImplemented()", "NotImplementedError", "x"));
      case 7 -> out.add(p + pick("a, *b, *c", "[*a, *b]", "a, *b", "print", "(a, (*b, *c))") + " = " + expression(0));
      case 8 -> out.add(p + "y: " + annotation() + " = " + expression(0));
      case 9 -> out.add(p + pick("print = 1", "del print", "global print", "import print", "print: int",
          "print >> " + expression(0), "await x", "nonlocal print", "from m import print"));
      case 10 -> {
        out.add(p + "for " + pick("i", "print", "*a, *b") + " in " + expression(0) + ":");
        statements(out, indent + 1, depth + 1);
        orElse(out, p, indent, depth);
      }
      case 11 -> {
        out.add(p + "while " + expression(0) + ":");
        statements(out, indent + 1, depth + 1);
        orElse(out, p, indent, depth);
      }
      case 12 -> {
        out.add(p + "if " + pick("x", "(x, y)", "()") + ":");
        statements(out, indent + 1, depth + 1);
        if (random.nextDouble() < 0.3) {
          out.add(p + "elif (1, 2):");
          statements(out, indent + 1, depth + 1);
        }
      }
      case 13 -> {
        out.add(p + "def " + pick("f", "print") + "(a: " + annotation() + " = " + expression(0) + ") -> "
            + annotation() + ":");
        statements(out, indent + 1, depth + 1);
      }
      case 14 -> {
        out.add(p + "async def g():");
        statements(out, indent + 1, depth + 1);
      }
      case 15 -> {
        out.add(p + "class " + pick("C", "print") + "(" + expression(0) + "):");
        statements(out, indent + 1, depth + 1);
      }
      case 16 -> {
        out.add(p + "try:");
        statements(out, indent + 1, depth + 1);
        int handlers = 1 + random.nextInt(3);
        for (int i = 0; i < handlers; i++) {
          out.add(p + pick("except:", "except E:", "except E as print:"));
          statements(out, indent + 1, depth + 1);
        }
      }
      case 17 -> {
        out.add(p + "with " + expression(0) + " as " + pick("w", "print", "(a, *b, *c)") + ":");
        statements(out, indent + 1, depth + 1);
      }
      case 18 -> {
        out.add(p + "match " + expression(0) + ":");
        out.add(p + "    case " + pick("{1: a, **print}", "[print, *rest]", "print", "_ if (yield)") + ":");
        statements(out, indent + 2, depth + 1);
      }
      case 19 -> {
        out.add(p + "def t[T: " + annotation() + "]():");
        statements(out, indent + 1, depth + 1);
      }
      case 20 -> out.add(p + "type A = " + annotation());
      case 21 -> out.add(p + "lam = lambda print=" + expression(0) + ": " + expression(0));
      default -> out.add(p + (indent == 0 && random.nextDouble() < 0.2
          ? "from __future__ import annotations"
          : pick("from typing import cast, Optional, Literal", "import typing as Optional",
              "from typing_extensions import cast")));
    }
  }

  private void orElse(List<String> out, String p, int indent, int depth) {
    if (random.nextDouble() < 0.4) {
      out.add(p + "else:");
      statements(out, indent + 1, depth + 1);
    }
  }
}
