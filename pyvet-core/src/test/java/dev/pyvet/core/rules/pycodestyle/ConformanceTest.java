package dev.pyvet.core.rules.pycodestyle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.logical.PycodestyleOptions;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleRegistry;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * pycodestyle's annotated test data (the shared conformance folder beside the repository, see
 * its README): every case must report exactly the codes its header lists. Cases that expect a
 * code not implemented yet are skipped, but fail first if we report a code they do not expect.
 */
class ConformanceTest {

  /** pycodestyle runs these with every E and W code on, and its own noqa handling. */
  private static final PycodestyleOptions OPTIONS =
      PycodestyleOptions.DEFAULTS.withMaxDocLength(72).withHonourNoqa(true);

  // only pycodestyle's rules: the cases list E and W codes, and other families find things in them
  private static final RuleEngine ENGINE = new RuleEngine(
      RuleRegistry.all().stream().filter(r -> RuleRegistry.meta(r).family().equals("pycodestyle")).toList(),
      RuleOptions.DEFAULTS.withPycodestyle(OPTIONS));

  record Case(String file, int headerLine, List<String> expected, String source) {
    @Override
    public String toString() {
      return file + ":" + headerLine + " " + String.join(" ", expected);
    }
  }

  static Path folder() {
    String override = System.getenv("PYVET_CONFORMANCE");
    if (override != null) {
      return Path.of(override);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/conformance/pycodestyle");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  static Stream<Arguments> cases() throws IOException {
    Path folder = folder();
    if (folder == null) {
      return Stream.of(Arguments.of((Object) null));
    }
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
        for (Case c : parse(f)) {
          out.add(Arguments.of(c));
        }
      }
    }
    return out.stream();
  }

  /** Splits a file into its cases, as the README describes. */
  static List<Case> parse(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String text = name.startsWith("latin-1")
        ? new String(bytes, StandardCharsets.ISO_8859_1)
        : new String(bytes, StandardCharsets.UTF_8);
    text = text.replace("\r\n", "\n");
    if (text.startsWith("\ufeff")) {
      text = text.substring(1); // pycodestyle drops the BOM
    }
    List<String> lines = text.lines().toList();
    List<Case> cases = new ArrayList<>();
    List<String> header = List.of("Okay");
    int headerLine = 0;
    StringBuilder body = new StringBuilder();
    for (int i = 0; i <= lines.size(); i++) {
      String line = i < lines.size() ? lines.get(i) : null;
      if (line == null || line.startsWith("#:")) {
        if (headerLine > 0 || body.length() > 0) {
          if (!header.isEmpty()) {
            cases.add(toCase(name, headerLine, header, body.toString()));
          }
        }
        if (line != null) {
          header = List.of(line.substring(2).strip().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
          headerLine = i + 1;
          body.setLength(0);
        }
      } else {
        body.append(line).append('\n');
      }
    }
    return cases;
  }

  private static Case toCase(String file, int headerLine, List<String> header, String body) {
    List<String> expected = new ArrayList<>();
    String source = body;
    for (String token : header) {
      if (token.equals("noeol")) {
        source = source.endsWith("\n") ? source.substring(0, source.length() - 1) : source;
      } else if (!token.equals("Okay")) {
        expected.add(token);
      }
    }
    return new Case(file, headerLine, expected, source);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseReportsExactlyItsCodes(Case c) {
    Assumptions.assumeTrue(c != null,
        "pycodestyle's conformance cases not found: expected ../shared/conformance/pycodestyle beside the repository");
    // pythonXY.py cases hold syntax of Python X.Y; the parser knows the syntax up to 3.15, so
    // they all run.
    Set<String> implemented = new TreeSet<>();
    for (Rule r : RuleRegistry.all()) {
      implemented.add(RuleRegistry.meta(r).code());
    }
    SourceText source = SourceText.of(c.source());
    ParseResult parse = Parser.parse(source);
    // pycodestyle checks the tokens of code that does not compile (Python 2 prints, ...), so
    // the test does too when the tokenizer accepts it; pyvet check reports E999 for such files.
    Assumptions.assumeTrue(parse.tokens() != null && parse.tokens().error() == null,
        "does not tokenize (pycodestyle reports E901/E902 and tokens up to the error): " + c);
    List<Diagnostic> found = new ArrayList<>();
    ENGINE.check(new ParsedFile(new FileToCheck(c.file(), Path.of(c.file())), source, parse), found::add);
    found.sort(Diagnostic.ORDER);

    Set<String> expectedCodes = new TreeSet<>();
    for (String e : c.expected()) {
      expectedCodes.add(e.substring(0, 4));
    }
    List<String> unexpected = found.stream().map(Diagnostic::code).filter(code -> !expectedCodes.contains(code)).toList();
    assertThat(unexpected).as("codes reported but not expected by %s; found %s", c, found).isEmpty();

    Set<String> missing = new TreeSet<>(expectedCodes);
    missing.removeAll(implemented);
    Assumptions.assumeTrue(missing.isEmpty(), "not implemented yet: " + missing);

    List<String> reported = found.stream().map(Diagnostic::code).sorted().toList();
    List<String> wanted = c.expected().stream().map(e -> e.substring(0, 4)).sorted().toList();
    assertThat(reported).as("codes of %s; found %s", c, found).isEqualTo(wanted);
    for (String e : c.expected()) {
      String[] parts = e.split(":");
      if (parts.length == 3) {
        int row = Integer.parseInt(parts[1]);
        int col = Integer.parseInt(parts[2]);
        assertThat(found).as("%s at %s:%s in %s", parts[0], row, col, c)
            .anyMatch(d -> d.code().equals(parts[0]) && d.row() == row && d.col() == col);
      }
    }
  }
}
