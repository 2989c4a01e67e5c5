package dev.pyvet.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {
  @TempDir Path tmp;

  private Path write(String relative, String content) throws IOException {
    Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }

  @Test
  void pyprojectToolPyvetWithEveryKey() throws IOException {
    Path file = write("pyproject.toml", """
        [project]
        name = "x"

        [tool.pyvet]
        select = ["E", "W6"]
        ignore = "E1, E2"
        extend-select = ["line-too-long"]
        extend_ignore = ["W291"]
        per-file-ignores = { "tests/*" = ["E501"], "setup.py" = "E1 blank-line-between-methods" }
        exclude = ["build", "docs/*"]
        extend-exclude = ["gen"]
        max-line-length = 100
        max-doc-length = 72
        max-complexity = 10
        hang-closing = true
        indent-size = 2
        output-format = "json"
        """);
    Settings s = ConfigLoader.discover(tmp);
    assertThat(s.source()).isEqualTo(file);
    assertThat(s.select()).containsExactly("E", "W6");
    assertThat(s.ignore()).containsExactly("E1", "E2");
    assertThat(s.extendSelect()).containsExactly("E501");
    assertThat(s.extendIgnore()).containsExactly("W291");
    assertThat(s.perFileIgnores()).containsExactly(
        new PerFileIgnore("tests/*", List.of("E501")), new PerFileIgnore("setup.py", List.of("E1", "E301")));
    assertThat(s.exclude().patterns()).containsExactly("build", tmp.resolve("docs/*").toString());
    assertThat(s.extendExclude().patterns()).containsExactly("gen");
    assertThat(s.maxLineLength()).isEqualTo(100);
    assertThat(s.maxDocLength()).isEqualTo(72);
    assertThat(s.maxComplexity()).isEqualTo(10);
    assertThat(s.hangClosing()).isTrue();
    assertThat(s.indentSize()).isEqualTo(2);
    assertThat(s.outputFormat()).isEqualTo("json");
  }

  @Test
  void flake8SectionAsFlake8ReadsIt() throws IOException {
    write("setup.cfg", """
        [metadata]
        name = x
        [flake8]
        Max_Line_Length: 120
        extend-ignore =
            E203,
            # why: black
            W503
        per-file-ignores =
            __init__.py: E402
            tests/*: E501,W291
        hang_closing = on
        select = E,W
        """);
    Settings s = ConfigLoader.discover(tmp.resolve("sub/deeper"));
    assertThat(s.source()).isEqualTo(tmp.resolve("setup.cfg"));
    assertThat(s.maxLineLength()).isEqualTo(120);
    assertThat(s.extendIgnore()).containsExactly("E203", "W503");
    assertThat(s.perFileIgnores()).containsExactly(
        new PerFileIgnore("__init__.py", List.of("E402")),
        new PerFileIgnore("tests/*", List.of("E501", "W291")));
    assertThat(s.hangClosing()).isTrue();
    assertThat(s.select()).containsExactly("E", "W");
  }

  @Test
  void defaultSectionKeysAreInheritedButOnlyOursAreChecked() throws IOException {
    write("tox.ini", "[DEFAULT]\nbasepython = python3\nmax-line-length = 88\n[flake8]\nselect = E\n");
    Settings s = ConfigLoader.discover(tmp);
    assertThat(s.maxLineLength()).isEqualTo(88);
    assertThat(s.select()).containsExactly("E");
  }

  @Test
  void lookupTakesTheNearestDirectoryAndPyprojectFirstThenFlake8sOrder() throws IOException {
    write("pyproject.toml", "[tool.pyvet]\nmax-line-length = 90\n");
    write("a/pyproject.toml", "[project]\nname = 'no pyvet table'\n");
    write("a/tox.ini", "[flake8]\nmax-line-length = 91\n");
    write("a/.flake8", "[flake8]\nmax-line-length = 92\n");
    write("a/setup.cfg", "[metadata]\nname = no flake8 section\n");
    write("b/pyproject.toml", "[tool.pyvet]\nmax-line-length = 93\n");
    write("b/setup.cfg", "[flake8]\nmax-line-length = 94\n");
    Files.createDirectories(tmp.resolve("c/d"));
    // a pyproject.toml that never mentions pyvet is not parsed, so its errors are not ours
    write("e/pyproject.toml", "[project\nname = \n");
    write("e/setup.cfg", "[flake8]\nmax-line-length = 95\n");
    assertThat(ConfigLoader.discover(tmp.resolve("e")).maxLineLength()).isEqualTo(95);
    assertThat(ConfigLoader.discover(tmp.resolve("a")).maxLineLength()).isEqualTo(91);
    assertThat(ConfigLoader.discover(tmp.resolve("b")).maxLineLength()).isEqualTo(93);
    assertThat(ConfigLoader.discover(tmp.resolve("c/d")).maxLineLength()).isEqualTo(90);
  }

  @Test
  void lookupStartsAtTheOnePathOrTheWorkingDirectory() throws IOException {
    write("p/x.py", "");
    assertThat(ConfigLoader.lookupStart(tmp, List.of("p/x.py"))).isEqualTo(tmp.resolve("p"));
    assertThat(ConfigLoader.lookupStart(tmp, List.of("p"))).isEqualTo(tmp.resolve("p"));
    assertThat(ConfigLoader.lookupStart(tmp, List.of("p", "q"))).isEqualTo(tmp);
    assertThat(ConfigLoader.lookupStart(tmp, List.of())).isEqualTo(tmp);
    assertThat(ConfigLoader.lookupStart(tmp, List.of("missing/m.py"))).isEqualTo(tmp);
  }

  @Test
  void doctestsKeyTurnsOnDoctestChecks() throws IOException {
    Path ini = write("dt/setup.cfg", "[flake8]\ndoctests = true\n");
    Path toml = write("dt/pyvet.toml", "[tool.pyvet]\ndoctests = false\n");
    assertThat(new AppliedSettings(ConfigLoader.load(ini), tmp).ruleOptions().doctests()).isTrue();
    assertThat(new AppliedSettings(ConfigLoader.load(toml), tmp).ruleOptions().doctests()).isFalse();
    assertThat(new AppliedSettings(Settings.EMPTY, tmp).ruleOptions().doctests()).isFalse();
  }

  @Test
  void configOptionReadsTomlOrIniByName() throws IOException {
    Path toml = write("conf/custom.toml", "[tool.pyvet]\nindent-size = 8\n");
    Path ini = write("conf/lint.cfg", "[flake8]\nindent-size = 3\n");
    Path none = write("conf/other.cfg", "[other]\nx = 1\n");
    assertThat(ConfigLoader.load(toml).indentSize()).isEqualTo(8);
    assertThat(ConfigLoader.load(ini).indentSize()).isEqualTo(3);
    assertThat(ConfigLoader.load(none).indentSize()).isNull();
    assertThatThrownBy(() -> ConfigLoader.load(tmp.resolve("conf/missing.toml")))
        .hasMessageContaining("missing.toml").hasMessageContaining("no such configuration file");
  }

  @Test
  void settingsOverrideFieldByField() {
    Settings file = new Settings(Path.of("f"), List.of("E"), null, List.of("W6"), null, null, null,
        null, 100, null, null, true, null, null, List.of("_"), null, null, null, null);
    Settings cli = new Settings(null, null, List.of("E1"), List.of("E5"), null, null, null, null,
        null, 50, null, null, 2, null, null, List.of("setUp"), null, null, null);
    Settings merged = file.overriddenBy(cli);
    assertThat(merged.builtins()).containsExactly("_");
    assertThat(merged.ignoreNames()).containsExactly("setUp");
    assertThat(merged.select()).containsExactly("E");
    assertThat(merged.ignore()).containsExactly("E1");
    assertThat(merged.extendSelect()).containsExactly("E5");
    assertThat(merged.maxLineLength()).isEqualTo(100);
    assertThat(merged.maxDocLength()).isEqualTo(50);
    assertThat(merged.hangClosing()).isTrue();
    assertThat(merged.indentSize()).isEqualTo(2);
  }

  /** Each bad file: its name, content, and the line, key and reason the error must name. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "pyproject.toml|`[tool.pyvet]\nmax-line-length = \"x\"\n`|2|max-line-length|expected an integer, found the string \"x\"",
        "pyproject.toml|`[tool.pyvet]\n\nfrobnicate = 1\n`|3|frobnicate|unknown key",
        "pyproject.toml|`[tool.pyvet]\nselect = [\"E\", \"9Q\"]\n`|2|select|'9Q' is neither",
        "pyproject.toml|`[tool.pyvet]\nignore = [\"no-such-rule\"]\n`|2|ignore|'no-such-rule' is neither",
        "pyproject.toml|`[tool.pyvet]\nhang-closing = \"yes\"\n`|2|hang-closing|expected a boolean",
        "pyproject.toml|`[tool.pyvet]\nindent-size = 0\n`|2|indent-size|must be at least 1, not 0",
        "pyproject.toml|`[tool.pyvet]\nselect = [1]\n`|2|select|expected a string or an array of strings",
        "pyproject.toml|`[tool.pyvet]\nper-file-ignores = \"a.py\"\n`|2|per-file-ignores|mapping from file patterns",
        "pyproject.toml|`[tool.pyvet]\nper-file-ignores = { \"a.py\" = [\"bogus-name\"] }\n`|2|per-file-ignores|for 'a.py'",
        "pyproject.toml|`[tool.pyvet]\nselect = [\"E\"\n`|3||not valid TOML",
        "pyproject.toml|`[tool]\npyvet = 3\n`|2|tool.pyvet|must be a table",
        "setup.cfg|`[flake8]\nmax-line-length = x\n`|2|max-line-length|expected an integer, found 'x'",
        "setup.cfg|`[flake8]\nhang-closing = maybe\n`|2|hang-closing|expected a boolean",
        "tox.ini|`[flake8]\nselect = E\nextend-ignore = E9\n  nonsense-name\n`|3|extend-ignore|'nonsense-name' is neither",
        ".flake8|`[flake8]\nmax_line_length = 1\nmax-line-length = 2\n`|3|max-line-length|given twice",
        "setup.cfg|`[flake8]\nselect = E\nSelect = W\n`|3|select|already exists",
        "setup.cfg|`[flake8]\nselect = E\njunk\n`|3||not a valid INI file",
        "setup.cfg|`select = E\n`|1||no section header",
      })
  void errorsNameTheFileLineKeyAndReason(String name, String content, int line, String key,
      String reason) throws IOException {
    Path file = write(name, content);
    assertThatThrownBy(() -> ConfigLoader.discover(tmp))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.file()).isEqualTo(file);
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.key()).isEqualTo(key);
          assertThat(e.reason()).contains(reason);
          assertThat(e.getMessage()).startsWith(file + ":" + line + ": ")
              .contains(key == null ? "" : "'" + key + "'").contains(reason);
        });
  }

  @Test
  void aFlake8SectionMayHoldFlake8sOtherOptionsAndOtherFamiliesCodes() throws IOException {
    write(".flake8", "[flake8]\ncount = true\nshow-source = true\ndocstring-convention = google\n"
        + "select = E,F401,C901\nmax-line-length = 100\n");
    Settings s = ConfigLoader.discover(tmp);
    assertThat(s.select()).containsExactly("E", "F401", "C901");
    assertThat(s.maxLineLength()).isEqualTo(100);
  }

  @Test
  void tomlKeysArePyvetsOwnSoAnUnknownOneIsAnError() throws IOException {
    write("pyproject.toml", "[tool.pyvet]\ncount = true\n");
    assertThatThrownBy(() -> ConfigLoader.discover(tmp))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.reason()).contains("unknown key"));
  }
}
