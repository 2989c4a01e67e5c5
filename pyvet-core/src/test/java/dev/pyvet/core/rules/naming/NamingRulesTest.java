package dev.pyvet.core.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.config.AppliedSettings;
import dev.pyvet.core.config.ConfigLoader;
import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.rule.DefaultSelection;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.rule.RuleRegistry;
import dev.pyvet.core.rules.testing.RuleFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The N rules on their fixtures, whose expected lines were recorded from pep8-naming. */
class NamingRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"N801", "N802", "N803", "N804", "N805", "N806", "N807", "N808", "N811", "N812",
      "N813", "N814", "N815", "N816", "N817", "N818"})
  void fixture(String code) {
    RuleFixture.assertFixture(NamingRulesTest.class, code);
  }

  /** Fixtures whose first line gives the oracle options; the same ones are given to pyvet. */
  @ParameterizedTest
  @ValueSource(strings = {"N802-ignore-names", "N806-ignore-names", "N804-classmethod-decorators",
      "N805-staticmethod-decorators"})
  void fixtureWithOptions(String fixture) throws IOException {
    String code = fixture.substring(0, fixture.indexOf('-'));
    RuleFixture.assertFixture(NamingRulesTest.class, fixture, code, optionsOf(fixture));
  }

  private static final String DECORATED = """
      class A:
          @factory
          def make(self):
              pass

          @helper
          def tool(x):
              pass

          def onEvent(self):
              pass
      """;

  /**
   * The three options reach the rules from flake8's and pyvet's configuration files (expected
   * lines from pep8-naming on the same source with the same options).
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "setup.cfg:[flake8]\nignore-names = on*\nclassmethod-decorators = factory\n"
          + "staticmethod-decorators = helper, staticmethod\n",
      "pyproject.toml:[tool.pyvet]\nignore-names = [\"on*\"]\nclassmethod-decorators = [\"factory\"]\n"
          + "staticmethod-decorators = \"helper,staticmethod\"\n"})
  void optionsComeFromConfiguration(String file, @TempDir Path dir) throws IOException {
    int colon = file.indexOf(':');
    Path config = dir.resolve(file.substring(0, colon));
    Files.writeString(config, file.substring(colon + 1));
    RuleOptions options = new AppliedSettings(ConfigLoader.load(config), dir).ruleOptions();
    assertThat(RuleFixture.findings(DECORATED, "N804", options))
        .containsExactly("3:15: N804 first argument of a classmethod should be named 'cls'");
    assertThat(RuleFixture.findings(DECORATED, "N805", options)).isEmpty();
    assertThat(RuleFixture.findings(DECORATED, "N802", options)).isEmpty();
    // without the configuration: a method, a method with a bad first argument, a camelCase name
    assertThat(RuleFixture.findings(DECORATED, "N805", RuleOptions.DEFAULTS))
        .containsExactly("7:15: N805 first argument of a method should be named 'self'");
    assertThat(RuleFixture.findings(DECORATED, "N802", RuleOptions.DEFAULTS))
        .containsExactly("10:10: N802 function name 'onEvent' should be lowercase");
  }

  @Test
  void everyCodeIsRegisteredInTheFamily() {
    List<String> codes = RuleRegistry.all().stream().map(RuleRegistry::meta)
        .filter(m -> m.family().equals("pep8-naming")).map(m -> m.code()).toList();
    assertThat(codes).containsExactly("N801", "N802", "N803", "N804", "N805", "N806", "N807",
        "N808", "N811", "N812", "N813", "N814", "N815", "N816", "N817", "N818");
  }

  @Test
  void n818IsOffUnlessSelectedOrTheDefaultIgnoreListIsReplaced() {
    List<String> defaults = DefaultSelection.DEFAULT_IGNORE;
    assertThat(CodeSelection.flake8(List.of(), null, defaults).isSelected("N818")).isFalse();
    assertThat(CodeSelection.flake8(List.of(), null, defaults).isSelected("N801")).isTrue();
    assertThat(CodeSelection.flake8(List.of("N"), null, defaults).isSelected("N818")).isTrue();
    assertThat(CodeSelection.flake8(List.of("N818"), null, defaults).isSelected("N818")).isTrue();
    assertThat(CodeSelection.flake8(List.of(), List.of("N818"), List.of(), List.of(), defaults)
        .isSelected("N818")).isTrue();
    assertThat(CodeSelection.flake8(List.of(), List.of(), List.of("E501"), List.of(), defaults)
        .isSelected("N818")).isTrue();
    assertThat(CodeSelection.flake8(List.of(), List.of(), null, List.of("E501"), defaults)
        .isSelected("N818")).isFalse();
    assertThat(CodeSelection.flake8(List.of("E"), null, defaults).isSelected("N818")).isFalse();
  }

  @Test
  void deepExpressionsDoNotOverflowTheStack() {
    // a 100,000-term chain, and nested lists each holding an assignment expression
    String chain = "def f():\n    X = " + "a + ".repeat(100_000) + "a\n";
    assertThat(RuleFixture.findings(chain, "N806", RuleOptions.DEFAULTS))
        .containsExactly("2:6: N806 variable 'X' in function should be lowercase");
    String nested = "Y = " + "[(vV := 1), ".repeat(90) + "0" + "]".repeat(90) + "\n";
    assertThat(RuleFixture.findings(nested, "N816", RuleOptions.DEFAULTS)).hasSize(90);
  }

  /** The options the fixture's '# oracle-options:' line gives pep8-naming, as RuleOptions. */
  private static RuleOptions optionsOf(String fixture) throws IOException {
    String first;
    try (InputStream in = NamingRulesTest.class.getResourceAsStream(fixture + ".py")) {
      first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }
    String prefix = "# oracle-options: ";
    assertThat(first).startsWith(prefix);
    RuleOptions o = RuleOptions.DEFAULTS;
    for (String option : first.substring(prefix.length()).split(" ")) {
      String[] kv = option.split("=", 2);
      List<String> values = Arrays.asList(kv[1].split(","));
      o = switch (kv[0]) {
        case "--ignore-names" -> o.withIgnoreNames(values);
        case "--classmethod-decorators" -> o.withClassmethodDecorators(values);
        case "--staticmethod-decorators" -> o.withStaticmethodDecorators(values);
        default -> throw new IllegalArgumentException(option);
      };
    }
    return o;
  }
}
