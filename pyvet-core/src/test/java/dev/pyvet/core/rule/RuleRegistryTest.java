package dev.pyvet.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.diagnostic.CodeSelection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {

  @Test
  void everyRuleHasCompleteMetadataAndExplanation() {
    assertThat(RuleRegistry.all()).isNotEmpty();
    Set<String> codes = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (Rule rule : RuleRegistry.all()) {
      RuleMeta m = RuleRegistry.meta(rule);
      assertThat(m.code()).as(rule.getClass().getName()).matches("[A-Z]+[0-9]+");
      assertThat(m.name()).as(m.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(m.family()).as(m.code()).isNotBlank();
      assertThat(m.summary()).as(m.code()).isNotBlank().endsWith(".");
      assertThat(codes.add(m.code())).as("duplicate code " + m.code()).isTrue();
      assertThat(names.add(m.name())).as("duplicate name " + m.name()).isTrue();
      assertThat(m.explanation()).as("explanation of " + m.code()).isNotNull();
      int at = -1;
      for (String section : RuleMeta.SECTIONS) {
        int next = m.explanation().indexOf("\n" + section + "\n");
        assertThat(next).as(m.code() + " has section " + section + " after the previous one").isGreaterThan(at);
        at = next;
      }
      if (m.code().startsWith("PV")) {
        assertThat(m.family()).as(m.code()).isEqualTo("expert");
        assertThat(m.explanation().contains("\n## Fix safety\n"))
            .as(m.code() + " explains its fix's safety exactly when it has a fix")
            .isEqualTo(m.fix() != FixAvailability.NONE);
      }
      int kinds = (rule instanceof PhysicalLineRule ? 1 : 0) + (rule instanceof LogicalLineRule ? 1 : 0)
          + (rule instanceof TokenRule ? 1 : 0) + (rule instanceof AstRule ? 1 : 0)
          + (rule instanceof ScopeEndRule ? 1 : 0);
      assertThat(kinds).as(m.code() + " is of exactly one kind").isEqualTo(1);
    }
  }

  @Test
  void rulesAreListedInCodeOrder() {
    List<String> codes = RuleRegistry.all().stream().map(r -> RuleRegistry.meta(r).code()).toList();
    assertThat(codes).isSorted();
  }

  @Test
  void findsRulesByCodeOrName() {
    assertThat(RuleRegistry.meta(RuleRegistry.find("e501")).name()).isEqualTo("line-too-long");
    assertThat(RuleRegistry.meta(RuleRegistry.find("line-too-long")).code()).isEqualTo("E501");
    assertThat(RuleRegistry.find("X999")).isNull();
  }

  @Test
  void flake8sDefaultIgnoreListUnlessIgnoreIsGiven() {
    CodeSelection defaults = CodeSelection.flake8(List.of(), null, DefaultSelection.DEFAULT_IGNORE);
    assertThat(defaults.isSelected("E226")).isFalse();
    assertThat(defaults.isSelected("E241")).isFalse();
    assertThat(defaults.isSelected("W503")).isFalse();
    assertThat(defaults.isSelected("E225")).isTrue();
    assertThat(defaults.isSelected("E501")).isTrue();
    // an explicit selection beats the implicit default ignore list, as in flake8
    CodeSelection selectE = CodeSelection.flake8(List.of("E"), null, DefaultSelection.DEFAULT_IGNORE);
    assertThat(selectE.isSelected("E226")).isTrue();
    assertThat(selectE.isSelected("W291")).isFalse();
    // --ignore replaces the default list
    CodeSelection ignoreE501 = CodeSelection.flake8(List.of(), List.of("E501"), DefaultSelection.DEFAULT_IGNORE);
    assertThat(ignoreE501.isSelected("E226")).isTrue();
    assertThat(ignoreE501.isSelected("E501")).isFalse();
    // both explicit: the longer prefix wins
    CodeSelection both = CodeSelection.flake8(List.of("E2"), List.of("E"), DefaultSelection.DEFAULT_IGNORE);
    assertThat(both.isSelected("E225")).isTrue();
    assertThat(both.isSelected("E501")).isFalse();
  }
}
