package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
  @TempDir Path dir;

  @Test
  void rulesListsEveryRuleWithItsDefault() {
    CliRunner r = CliRunner.run(dir, "rules");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("E501   line-too-long").containsPattern("E226 +missing-whitespace-around-arithmetic-operator +off");
  }

  @Test
  void rulesAsJson() {
    CliRunner r = CliRunner.run(dir, "rules", "--output-format", "json");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("[").contains("\"code\": \"W605\"").contains("## Why is this bad?")
        .contains("\"default\": false");
  }

  @Test
  void ruleExplainsByCodeOrName() {
    CliRunner byCode = CliRunner.run(dir, "rule", "E711");
    assertThat(byCode.status()).isZero();
    assertThat(byCode.out()).startsWith("E711 none-comparison (pycodestyle, on by default)")
        .contains("## What it does").contains("## Fix");
    assertThat(CliRunner.run(dir, "rule", "none-comparison").out()).isEqualTo(byCode.out());
    assertThat(CliRunner.run(dir, "rule", "X123").status()).isEqualTo(2);
  }

  @Test
  void checkReportsPycodestyleFindingsAsFlake8DoesByDefault() throws IOException {
    Files.writeString(dir.resolve("a.py"), "import os, sys\nx=1+2\nif x == None :\n    y = 1 \n");
    CliRunner r = CliRunner.run(dir, "check", "a.py");
    // pyflakes' codes are on by default too, as in flake8
    assertThat(r.outLines()).containsExactly(
        "a.py:1:1: F401 'os' imported but unused",
        "a.py:1:1: F401 'sys' imported but unused",
        "a.py:1:10: E401 multiple imports on one line",
        "a.py:2:2: E225 missing whitespace around operator",
        "a.py:3:6: E711 comparison to None should be 'if cond is None:'",
        "a.py:3:13: E203 whitespace before ':'",
        "a.py:4:10: W291 trailing whitespace");
    // E226 is in the default ignore list; selecting it explicitly reports it
    assertThat(CliRunner.run(dir, "check", "--select", "E226", "a.py").outLines())
        .containsExactly("a.py:2:4: E226 missing whitespace around arithmetic operator");
    assertThat(CliRunner.run(dir, "check", "--select", "E501", "--max-line-length", "5", "a.py").outLines())
        .containsExactly("a.py:1:6: E501 line too long (14 > 5 characters)",
            "a.py:3:6: E501 line too long (14 > 5 characters)",
            "a.py:4:6: E501 line too long (9 > 5 characters)");
  }
}
