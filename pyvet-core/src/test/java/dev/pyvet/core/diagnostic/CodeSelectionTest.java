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
}
