package dev.pyvet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pyvet check} with configuration files and the options that override them. */
class ConfigurationTest {
  @TempDir Path dir;

  /** 90 characters: E501 at the default limit, fine at 100. */
  private static final String LONG = "x = 1  # " + "a".repeat(81) + "\n";
  private static final String TRAILING = "y = 2 \n";

  private void write(String relative, String content) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  @Test
  void pyprojectSettingsApplyAndTheCommandLineOverridesThem() throws IOException {
    write("pyproject.toml", "[tool.pyvet]\nmax-line-length = 100\n");
    write("a.py", LONG);
    assertThat(CliRunner.run(dir, "check").status()).isZero();
    CliRunner r = CliRunner.run(dir, "check", "--max-line-length", "80");
    assertThat(r.outLines()).containsExactly("./a.py:1:81: E501 line too long (90 > 80 characters)");
    assertThat(CliRunner.run(dir, "check", "--isolated").outLines()).hasSize(1);
  }

  @Test
  void flake8SectionWithExtendIgnoreAndSameNamedOptionReplacingIt() throws IOException {
    write("tox.ini", "[flake8]\nextend-ignore =\n    E501,\n    W291\n");
    write("a.py", LONG + TRAILING);
    assertThat(CliRunner.run(dir, "check").out()).isEmpty();
    // --extend-ignore replaces the file's extend-ignore, as flake8's command line does
    assertThat(CliRunner.run(dir, "check", "--extend-ignore", "W291").outLines())
        .singleElement().asString().contains("E501");
    // explicitly selected and explicitly ignored with equal prefixes: ignored, as flake8
    assertThat(CliRunner.run(dir, "check", "--extend-select", "W291", "--select", "E9").out()).isEmpty();
    assertThat(CliRunner.run(dir, "check", "--extend-select", "W291", "--select", "E9",
            "--extend-ignore", "E501").outLines())
        .singleElement().asString().contains("W291");
  }

  @Test
  void lookupStartsAtTheCheckedDirectory() throws IOException {
    write("proj/.flake8", "[flake8]\nmax-line-length = 120\n");
    write("proj/a.py", LONG);
    assertThat(CliRunner.run(dir, "check", "proj").out()).isEmpty();
    assertThat(CliRunner.run(dir, "check", "proj/a.py").out()).isEmpty();
    // several paths: the working directory's configuration (none here)
    assertThat(CliRunner.run(dir, "check", "proj", "proj/a.py").outLines()).hasSize(1);
  }

  @Test
  void perFileIgnoresUseTheLongestMatchingPattern() throws IOException {
    write("setup.cfg", """
        [flake8]
        per-file-ignores =
            tests/*: E501,W291
            tests/special.py: trailing-whitespace
        """);
    write("a.py", LONG + TRAILING);
    write("tests/t.py", LONG + TRAILING);
    write("tests/special.py", LONG + TRAILING);
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.outLines()).extracting(l -> l.substring(0, l.indexOf(' ', l.indexOf(": ") + 2)))
        .containsExactly("./a.py:1:80: E501", "./a.py:2:6: W291", "./tests/special.py:1:80: E501");
    CliRunner cli = CliRunner.run(dir, "check", "--per-file-ignores", "a.py:E5");
    assertThat(cli.outLines()).hasSize(5).noneMatch(l -> l.startsWith("./a.py") && l.contains("E501"));
  }

  @Test
  void excludeAndExtendExclude() throws IOException {
    write("pyproject.toml", "[tool.pyvet]\nexclude = [\"gen\"]\n");
    write("gen/g.py", LONG);
    write("src/gen.py", LONG);
    write("src/keep.py", LONG);
    write("src/sub/drop.py", LONG);
    assertThat(CliRunner.run(dir, "check").outLines()).hasSize(3);
    assertThat(CliRunner.run(dir, "check", "--extend-exclude", "src/sub,gen.py").outLines())
        .singleElement().asString().startsWith("./src/keep.py:");
    assertThat(CliRunner.run(dir, "check", "--exclude", "keep.py").outLines()).hasSize(3);
  }

  @Test
  void configOptionNamesTheFile() throws IOException {
    write("pyproject.toml", "[tool.pyvet]\nmax-line-length = 100\n");
    write("ci/strict.toml", "[tool.pyvet]\nmax-line-length = 60\n");
    write("a.py", LONG);
    assertThat(CliRunner.run(dir, "check", "--config", "ci/strict.toml").outLines())
        .containsExactly("./a.py:1:61: E501 line too long (90 > 60 characters)");
    CliRunner missing = CliRunner.run(dir, "check", "--config", "nope.cfg");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.cfg", "no such configuration file");
  }

  @Test
  void badConfigurationExitsTwoNamingFileLineAndKey() throws IOException {
    write("pyproject.toml", "[tool.pyvet]\nselect = [\"E\"]\nmax-line-length = \"x\"\n");
    write("a.py", LONG);
    CliRunner r = CliRunner.run(dir, "check");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("pyvet: error: " + dir.resolve("pyproject.toml")
        + ":3: 'max-line-length': expected an integer, found the string \"x\"\n");
  }

  @Test
  void ruleNamesWorkWhereCodesDo() throws IOException {
    write("a.py", LONG + TRAILING);
    assertThat(CliRunner.run(dir, "check", "--isolated", "--select", "line-too-long").outLines())
        .singleElement().asString().contains("E501");
    assertThat(CliRunner.run(dir, "check", "--isolated", "--ignore", "LINE-TOO-LONG").outLines())
        .singleElement().asString().contains("W291");
    CliRunner bad = CliRunner.run(dir, "check", "--extend-ignore", "no-such-rule");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--extend-ignore: 'no-such-rule' is neither");
  }
}
