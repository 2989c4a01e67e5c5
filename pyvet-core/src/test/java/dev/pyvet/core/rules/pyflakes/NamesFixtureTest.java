package dev.pyvet.core.rules.pyflakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rules.testing.RuleFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The name, import and scope rules of the pyflakes family on their fixtures (expected lines
 * recorded from pyflakes 3.4 with scripts/pyflakes_oracle.py).
 */
class NamesFixtureTest {

  @ParameterizedTest
  @ValueSource(strings = {"F401", "F402", "F403", "F404", "F405", "F406", "F407", "F722", "F811",
      "F821", "F822", "F823", "F824", "F831", "F841", "F842"})
  void fixture(String code) {
    RuleFixture.assertFixture(NamesFixtureTest.class, code);
  }

  @Test
  void doctestSyntaxErrorsWithDoctestsOn() {
    RuleFixture.assertFixture(NamesFixtureTest.class, "F721", "F721",
        RuleOptions.DEFAULTS.withDoctests(true));
    // off by default, as in flake8
    String source = "def f():\n    \"\"\"\n    >>> f(\n    \"\"\"\n";
    assertThat(RuleFixture.findings(source, "F721", RuleOptions.DEFAULTS)).isEmpty();
    assertThat(RuleFixture.findings(source, "F721", RuleOptions.DEFAULTS.withDoctests(true)))
        .containsExactly("3:11: F721 syntax error in doctest");
  }

  @Test
  void doctestsSeeModuleNamesAndReportTheirOwn() {
    // expected lines recorded with scripts/pyflakes_oracle.py [--doctests]
    String source = "import os\n\n\nclass C:\n    \"\"\"\n    >>> import sys\n"
        + "    >>> print(os, undefined_here)\n    \"\"\"\n";
    RuleOptions on = RuleOptions.DEFAULTS.withDoctests(true);
    assertThat(RuleFixture.findings(source, "F821", on))
        .containsExactly("7:19: F821 undefined name 'undefined_here'");
    assertThat(RuleFixture.findings(source, "F401", on))
        .containsExactly("6:9: F401 'sys' imported but unused");
    assertThat(RuleFixture.findings(source, "F401", RuleOptions.DEFAULTS))
        .containsExactly("1:1: F401 'os' imported but unused");
  }

  @Test
  void initFilesExportSubmodulesAndHavePath() {
    String source = "# fixture-path: pkg/__init__.py\n"
        + "__all__ = ['submodule']\n"
        + "print(__path__)\n";
    assertThat(RuleFixture.findings(source, "F822", RuleOptions.DEFAULTS)).isEmpty();
    assertThat(RuleFixture.findings(source, "F821", RuleOptions.DEFAULTS)).isEmpty();
    String module = source.replace("__init__.py", "module.py");
    assertThat(RuleFixture.findings(module, "F822", RuleOptions.DEFAULTS))
        .containsExactly("2:1: F822 undefined name 'submodule' in __all__");
    assertThat(RuleFixture.findings(module, "F821", RuleOptions.DEFAULTS))
        .containsExactly("3:7: F821 undefined name '__path__'");
  }

  @Test
  void builtinsOptionAddsNames() {
    String source = "print(_, gettext_builtin)\n";
    assertThat(RuleFixture.findings(source, "F821", RuleOptions.DEFAULTS))
        .containsExactly("1:7: F821 undefined name '_'", "1:10: F821 undefined name 'gettext_builtin'");
    assertThat(RuleFixture.findings(source, "F821",
        RuleOptions.DEFAULTS.withBuiltins(List.of("_", "gettext_builtin")))).isEmpty();
  }

  @Test
  void columnsCountCodePointsAfterNonAsciiText() {
    // recorded from pyflakes 3.4 through scripts/pyflakes_oracle.py
    assertThat(RuleFixture.findings("s = 'é€😀'; print(undefined_é)\n", "F821", RuleOptions.DEFAULTS))
        .containsExactly("1:18: F821 undefined name 'undefined_é'");
  }

  @Test
  @Timeout(30)
  void manyFindingsOnOneLongLineStayLinear() {
    String source = "x = " + String.join(" and ", java.util.Collections.nCopies(100_000, "a")) + "\n";
    List<String> found = RuleFixture.findings(source, "F821", RuleOptions.DEFAULTS);
    assertThat(found).hasSize(100_000);
    assertThat(found.get(99_999)).isEqualTo("1:" + (5 + 6 * 99_999) + ": F821 undefined name 'a'");
  }
}
