package dev.pyvet.cli.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> OPTIONS = List.of("--select", "--ignore", "--extend-select",
      "--extend-ignore", "--exclude", "--extend-exclude", "--exit-zero", "--version");

  @Test
  void typosWithinAFewEditsAndAbbreviationsAreSuggestedClosestFirst() {
    assertThat(Suggestions.similar("--selcet", OPTIONS)).containsExactly("--select");
    assertThat(Suggestions.similar("--SELECT", OPTIONS)).isEmpty(); // the same name: nothing to suggest
    assertThat(Suggestions.similar("--extend", OPTIONS))
        .containsExactly("--extend-select", "--extend-ignore", "--extend-exclude");
    assertThat(Suggestions.similar("--exlcude", OPTIONS).get(0)).isEqualTo("--exclude");
    assertThat(Suggestions.similar("--verbose", OPTIONS)).isEmpty();
    assertThat(Suggestions.similar("--frobnicate", OPTIONS)).isEmpty();
    assertThat(Suggestions.similar("--e", OPTIONS)).isEmpty(); // too short to be an abbreviation
  }

  @Test
  void distanceCountsSwapsAsOneEdit() {
    assertThat(Suggestions.distance("check", "chekc")).isEqualTo(1);
    assertThat(Suggestions.distance("check", "chek")).isEqualTo(1);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("rules", "rule")).isEqualTo(1);
  }
}
