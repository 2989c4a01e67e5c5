package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyvet check}'s --output-format and flake8's reporting flags, end to end. */
class OutputOptionsTest {
  @TempDir Path dir;

  @BeforeEach
  void files() throws IOException {
    Files.writeString(dir.resolve("a.py"), "x = ( 1)\n\tif  y :\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.py"), "l = 1 \nm = 2 \n", StandardCharsets.UTF_8);
  }

  @Test
  void showSourceStatisticsAndCountPrintAsFlake8Does() {
    // Checked against flake8 5.0.4 on the same files.
    CliRunner r = CliRunner.run(dir, "check", "--show-source", "--statistics", "--count", "a.py", "b.py");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(String.join("\n",
        "a.py:2:2: E999 IndentationError: unexpected indent",
        "\tif  y :",
        "\t^",
        "b.py:1:1: E741 ambiguous variable name 'l'",
        "l = 1 ",
        "^",
        "b.py:1:6: W291 trailing whitespace",
        "l = 1 ",
        "     ^",
        "b.py:2:6: W291 trailing whitespace",
        "m = 2 ",
        "     ^",
        "1     E741 ambiguous variable name 'l'",
        "1     E999 IndentationError: unexpected indent",
        "2     W291 trailing whitespace",
        "4",
        ""));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void showSourcePrintsFlake8sPhysicalLinesWithTheirQuirks() throws IOException {
    // Expected texts are flake8 5.0.4's output on the same files.
    Files.writeString(dir.resolve("g.py"), "x = \"\"\"a\nb\"\"\" ;  y = 1\nz = 1 + \\\n  2 ;\n");
    assertThat(CliRunner.run(dir, "check", "--show-source", "g.py").out()).isEqualTo(String.join("\n",
        "g.py:2:5: E203 whitespace before ';'",
        "x = \"\"\"a",
        "b\"\"\" ;  y = 1",
        "    ^",
        "g.py:2:6: E702 multiple statements on one line (semicolon)",
        "x = \"\"\"a",
        "b\"\"\" ;  y = 1",
        "     ^",
        "g.py:4:4: E203 whitespace before ';'",
        "z = 1 + \\",
        "  2 ;",
        "   ^",
        "g.py:4:5: E703 statement ends with a semicolon",
        "z = 1 + \\",
        "  2 ;",
        "    ^",
        ""));
    // No final line break: the caret follows on the same line.
    Files.writeString(dir.resolve("d.py"), "x = 1 ");
    assertThat(CliRunner.run(dir, "check", "--show-source", "d.py").outLines()).containsExactly(
        "d.py:1:6: W291 trailing whitespace", "x = 1      ^",
        "d.py:1:7: W292 no newline at end of file", "x = 1       ^");
    // A file that does not tokenize has no physical lines: no source.
    Files.writeString(dir.resolve("e.py"), "x = (\n");
    assertThat(CliRunner.run(dir, "check", "--show-source", "e.py").outLines()).containsExactly(
        "e.py:1:6: E999 SyntaxError: '(' was never closed");
  }

  @Test
  void quietFormsStillPrintStatisticsAndCount() {
    assertThat(CliRunner.run(dir, "check", "-q", "--count", "--output-format", "json", "a.py", "b.py").outLines())
        .containsExactly("a.py", "b.py", "4");
    assertThat(CliRunner.run(dir, "check", "-qq", "--count", "a.py", "b.py").outLines()).containsExactly("4");
  }

  @Test
  void machineFormatsKeepStdoutToTheDocument() {
    for (String format : new String[] {"json", "json-lines", "github", "junit", "sarif"}) {
      CliRunner r = CliRunner.run(dir, "check", "--output-format", format, "--count", "--statistics", ".");
      assertThat(r.status()).as(format).isEqualTo(1);
      assertThat(r.err()).as(format).isEqualTo(
          "1     E741 ambiguous variable name 'l'\n1     E999 IndentationError: unexpected indent\n"
              + "2     W291 trailing whitespace\n4\n");
      assertThat(r.out()).as(format).doesNotContain("     E741").doesNotEndWith("4\n");
    }
    CliRunner json = CliRunner.run(dir, "check", "--output-format", "JSON", "--exit-zero", "b.py");
    assertThat(json.status()).isZero();
    assertThat(json.out()).startsWith("[\n  {\n    \"code\": \"E741\"").endsWith("}\n]\n");
  }

  @Test
  void fullFormatShowsTheSourceWithoutColourWhenNotATerminal() {
    CliRunner r = CliRunner.run(dir, "check", "--output-format", "full", "--select", "E741", "b.py");
    assertThat(r.out()).isEqualTo("b.py:1:1: E741 ambiguous variable name 'l'\n  |\n1 | l = 1 \n  | ^\n");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRunner r = CliRunner.run(dir, "check", "--output-format", "xml", "a.py");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown output format 'xml'")
        .contains("concise, full, json, json-lines, github, junit, sarif");
  }
}
