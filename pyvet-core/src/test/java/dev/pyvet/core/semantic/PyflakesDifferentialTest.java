package dev.pyvet.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.testing.Python313;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compares the model's findings with pyflakes' on a sample of CPython 3.13's standard library:
 * every finding of the name, import and scope codes, with pyflakes' line, UTF-8 column and
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
      "    'UnusedVariable': 'F841', 'UnusedAnnotation': 'F842'}",
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
  void sampleOfTheStandardLibraryMatchesPyflakes() throws Exception {
    Path python = Python313.find();
    assumeTrue(python != null, "python3.13 not found: skipped");
    String pyflakes = System.getenv("PYFLAKES");
    assumeTrue(pyflakes != null && Files.isRegularFile(Path.of(pyflakes, "pyflakes", "checker.py")),
        "PYFLAKES does not name a pyflakes checkout: skipped");
    Path stdlib = Path.of(run(List.of(python.toString(), "-c",
        "import sysconfig; print(sysconfig.get_paths()['stdlib'])"), "", null).strip());
    List<Path> sample = new ArrayList<>();
    try (Stream<Path> s = Files.walk(stdlib)) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
      for (int i = 0; i < all.size(); i += SAMPLE_EVERY) {
        sample.add(all.get(i));
      }
    }
    StringBuilder paths = new StringBuilder();
    sample.forEach(p -> paths.append(p).append('\n'));
    Map<String, List<String>> expected = new LinkedHashMap<>();
    String out = run(List.of(python.toString(), "-X", "utf8", "-c", ORACLE), paths.toString(), pyflakes);
    for (String line : out.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      if (parts[0].equals("SKIP")) {
        expected.put(parts[1], null);
      } else {
        expected.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
      }
    }
    int files = 0;
    int findings = 0;
    for (Path p : sample) {
      String key = p.toString();
      if (expected.containsKey(key) && expected.get(key) == null) {
        continue;
      }
      SourceText text;
      try {
        text = SourceText.decode(Files.readAllBytes(p), key);
      } catch (Exception e) {
        continue;
      }
      ParseResult parse = Parser.parse(text);
      if (parse.module() == null) {
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

  private static String run(List<String> command, String stdin, String pythonPath)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    if (pythonPath != null) {
      pb.environment().put("PYTHONPATH", pythonPath);
    }
    Process p = pb.start();
    Thread writer = Thread.ofVirtual().start(() -> {
      try (var o = p.getOutputStream()) {
        o.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the reader sees the failure
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    writer.join();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    return out;
  }
}
