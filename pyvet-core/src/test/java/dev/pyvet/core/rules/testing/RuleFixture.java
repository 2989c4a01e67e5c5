package dev.pyvet.core.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rule.RuleRegistry;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixture tests for single rules. A rule's fixture is a Python file {@code CODE.py} in the test
 * resources of the rule's package, holding code the rule must report (hits) and code it must leave
 * alone (non-hits); {@code CODE.expected} beside it lists the findings, one per line as flake8
 * prints them without the path ({@code ROW:COL: CODE message}), recorded from the reference tool.
 * Blank lines and lines starting with {@code #} in the expected file are ignored.
 *
 * <p>A first line {@code # fixture-path: pkg/__init__.py} makes the rule see the fixture under
 * that path (for rules that look at file names).
 */
public final class RuleFixture {
  private static final String PATH_HEADER = "# fixture-path: ";

  private RuleFixture() {}

  /** Asserts that {@code code}'s rule, with default options, reports exactly the expected lines. */
  public static void assertFixture(Class<?> anchor, String code) {
    assertFixture(anchor, code, code, RuleOptions.DEFAULTS);
  }

  /**
   * Asserts that {@code code}'s rule, with {@code options}, reports on {@code fixture}.py exactly
   * the lines of {@code fixture}.expected, and that there is at least one.
   */
  public static void assertFixture(Class<?> anchor, String fixture, String code, RuleOptions options) {
    String source = resource(anchor, fixture + ".py");
    List<String> expected = new ArrayList<>();
    for (String line : resource(anchor, fixture + ".expected").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        expected.add(line.strip());
      }
    }
    assertThat(expected).as("%s.expected lists the hits", fixture).isNotEmpty();
    assertThat(findings(source, code, options)).as("%s on %s.py", code, fixture)
        .containsExactlyElementsOf(expected);
  }

  /** What the rule with {@code code} reports on {@code source}, as ROW:COL: CODE message lines. */
  public static List<String> findings(String source, String code, RuleOptions options) {
    String path = "fixture.py";
    if (source.startsWith(PATH_HEADER)) {
      path = source.substring(PATH_HEADER.length(), source.indexOf('\n')).strip();
    }
    assertThat(RuleRegistry.find(code)).as("a rule with code %s is registered", code).isNotNull();
    SourceText text = SourceText.of(source);
    ParseResult parse = Parser.parse(text);
    assertThat(parse.error()).as("the fixture parses").isNull();
    List<Diagnostic> found = new ArrayList<>();
    RuleEngine engine = RuleEngine.forSelection(code::equals, options);
    engine.check(new ParsedFile(new FileToCheck(path, Path.of(path)), text, parse), found::add);
    found.sort(Diagnostic.ORDER);
    List<String> lines = new ArrayList<>();
    for (Diagnostic d : found) {
      lines.add(d.row() + ":" + d.col() + ": " + d.code() + " " + d.message());
    }
    return lines;
  }

  private static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s next to %s", name, anchor.getName()).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
