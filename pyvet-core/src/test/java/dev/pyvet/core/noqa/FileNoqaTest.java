package dev.pyvet.core.noqa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNoqaTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
    "# flake8: noqa;                true",
    "\"# flake8: noqa\n\";          true",
    "# FLAKE8: NOQA;                true",
    "# flake8=noqa;                 true",
    "# flake8:noqa;                 true",
    "# flake8:   \tnoqa;            true",
    "\"    # flake8: noqa\";        true",
    "\"\t\f# flake8: noqa\";        true",
    "# flake8: noqa: E501;          true",
    "# flake8: noqa123;             true",
    "# fla\u212ae8: noqa;           true",
    "# pyvet: noqa;                 true",
    "# PyVet=NoQA: E501;            true",
    "#flake8: noqa;                 false",
    "#  flake8: noqa;               false",
    "# flake8 : noqa;               false",
    "# flake8 noqa;                 false",
    "# flake8: no qa;               false",
    "x = 1  # flake8: noqa;         false",
    "# noqa;                        false",
    "# ruff: noqa;                  false",
  })
  void matchesFlake8sFilePatternAtTheLineStart(String line, boolean disables) {
    assertThat(FileNoqa.disablesFile(line)).isEqualTo(disables);
  }
}
