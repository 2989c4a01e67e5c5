package dev.pyvet.core.rules.pycodestyle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.logical.PycodestyleOptions;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * E133, E742 and E743, which pycodestyle's annotated cases do not cover. The fixture's expected
 * lines are pycodestyle 2.14's output for it (with --hang-closing for E133). Its non-hits: a
 * class and a function with ordinary names, and a closing bracket at the hanging indent.
 */
class HangClosingAndAmbiguousDefinitionsTest {

  private static List<String> check(boolean hangClosing) throws IOException {
    String source;
    try (InputStream in = HangClosingAndAmbiguousDefinitionsTest.class.getResourceAsStream("e133_e742_e743.py")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SourceText text = SourceText.of(source);
    RuleEngine engine = RuleEngine.forSelection(Set.of("E123", "E133", "E742", "E743")::contains,
        RuleOptions.DEFAULTS.withPycodestyle(PycodestyleOptions.DEFAULTS.withHangClosing(hangClosing)));
    List<Diagnostic> found = new ArrayList<>();
    engine.check(new ParsedFile(new FileToCheck("f.py", Path.of("f.py")), text, Parser.parse(text)), found::add);
    found.sort(Diagnostic.ORDER);
    return found.stream().map(Diagnostic::format).toList();
  }

  @Test
  void hangClosingAndAmbiguousNamesAsPycodestyleReportsThem() throws IOException {
    assertThat(check(true)).containsExactly(
        "f.py:1:7: E742 ambiguous class definition 'I'",
        "f.py:5:5: E743 ambiguous function definition 'l'",
        "f.py:10:9: E743 ambiguous function definition 'O'",
        "f.py:23:1: E133 closing bracket is missing indentation");
  }

  @Test
  void withoutHangClosingTheOtherBracketIsTheWrongOne() throws IOException {
    assertThat(check(false)).containsExactly(
        "f.py:1:7: E742 ambiguous class definition 'I'",
        "f.py:5:5: E743 ambiguous function definition 'l'",
        "f.py:10:9: E743 ambiguous function definition 'O'",
        "f.py:20:5: E123 closing bracket does not match indentation of opening bracket's line");
  }
}
