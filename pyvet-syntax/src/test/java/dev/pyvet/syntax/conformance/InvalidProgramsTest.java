package dev.pyvet.syntax.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small invalid programs (resources {@code conformance/invalid/*.py}), parsed with 3.13's syntax,
 * must be rejected with the exception class, message, line and offset CPython 3.13 gives, as
 * recorded in {@code expectations.tsv} by {@code scripts/record-invalid-expectations}.
 */
class InvalidProgramsTest {
  private static final String DIR = "/conformance/invalid/";

  /** One recorded CPython error. */
  record Expected(String file, String kind, int line, int offset, int endLine, int endOffset, String message) {
    @Override
    public String toString() {
      return file;
    }
  }

  static List<Expected> expectations() {
    try (InputStream in = InvalidProgramsTest.class.getResourceAsStream(DIR + "expectations.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing " + DIR + "expectations.tsv");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 7))
          .map(f -> new Expected(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
              Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6]))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void rejectedAsCPythonDoes(Expected expected) throws Exception {
    byte[] bytes;
    try (InputStream in = InvalidProgramsTest.class.getResourceAsStream(DIR + expected.file())) {
      assertThat(in).as(expected.file()).isNotNull();
      bytes = in.readAllBytes();
    }
    ParseResult result = Parser.parse(SourceText.decode(bytes), Outcome.ORACLE_MINOR);
    PySyntaxError error = result.error();
    assertThat(error).as("%s: expected %s: %s", expected.file(), expected.kind(), expected.message()).isNotNull();
    assertThat(new Reported(error.kind().name(), error.message(), error.line(), error.column()))
        .as("%s (class, message, line, offset)", expected.file())
        .isEqualTo(new Reported(expected.kind(), expected.message(), expected.line(), expected.offset()));
  }

  /** The compared part of an error, so that a failure shows all of it at once. */
  private record Reported(String kind, String message, int line, int offset) {}

  @Test
  void everyProgramHasARecordedExpectation() throws IOException, URISyntaxException {
    Path dir = Path.of(InvalidProgramsTest.class.getResource(DIR).toURI());
    List<String> programs;
    try (Stream<Path> files = Files.list(dir)) {
      programs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList();
    }
    assertThat(programs).hasSizeGreaterThanOrEqualTo(45);
    assertThat(expectations().stream().map(Expected::file).toList())
        .as("run scripts/record-invalid-expectations after adding programs")
        .containsExactlyElementsOf(programs);
  }
}
