package dev.pyvet.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pyvet.core.diagnostic.Codes;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleMeta;
import dev.pyvet.core.rule.RuleRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A SARIF 2.1.0 log with one run. The driver lists the rules the results refer to (in code order,
 * which {@code ruleIndex} points into) with their explanations. Each result is located by a URI
 * relative to the repository root ({@code uriBaseId} {@code %SRCROOT%}, the nearest directory with
 * {@code .git} above the working directory, else the working directory), with a region whose
 * {@code startColumn} counts Unicode code points like flake8's columns (the run's
 * {@code columnKind} says so); a finding about a whole file has no region. Its partial
 * fingerprint hashes the code, the file, the trimmed source line and the occurrence of that
 * triple in the file, so it survives lines moving.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "pyvet/v1";

  private final String version;
  private final Path workingDirectory;
  private final SourceLines sources;

  public SarifReporter(String version, Path workingDirectory, SourceLines sources) {
    this.version = version;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    this.sources = sources;
  }

  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    Path root = RepositoryRoot.find(workingDirectory);
    TreeMap<String, Descriptor> used = new TreeMap<>();
    for (Diagnostic d : diagnostics) {
      used.computeIfAbsent(d.code(), SarifReporter::describe);
    }
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (String code : used.keySet()) {
      ruleIndex.put(code, ruleIndex.size());
    }
    try (JsonGenerator g = JsonReporter.FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(JsonReporter.indented());
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g, used);
      g.writeObjectFieldStart("originalUriBaseIds");
      g.writeObjectFieldStart("%SRCROOT%");
      g.writeStringField("uri", root.toUri().toASCIIString());
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("columnKind", "unicodeCodePoints");
      g.writeArrayFieldStart("results");
      Map<String, Integer> occurrences = new HashMap<>();
      for (Diagnostic d : diagnostics) {
        writeResult(g, d, root, ruleIndex.get(d.code()), used.get(d.code()).level, occurrences);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private void writeTool(JsonGenerator g, Map<String, Descriptor> used) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "pyvet");
    g.writeStringField("version", version);
    g.writeArrayFieldStart("rules");
    for (Descriptor r : used.values()) {
      g.writeStartObject();
      g.writeStringField("id", r.code);
      g.writeStringField("name", r.name);
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", r.summary);
      g.writeEndObject();
      if (r.explanation != null) {
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", whatItDoes(r.explanation, r.summary));
        g.writeEndObject();
        g.writeObjectFieldStart("help");
        g.writeStringField("text", r.explanation);
        g.writeStringField("markdown", r.explanation);
        g.writeEndObject();
      }
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeBooleanField("enabled", r.enabled);
      g.writeStringField("level", r.level);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeResult(JsonGenerator g, Diagnostic d, Path root, int index, String level,
      Map<String, Integer> occurrences) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.code());
    g.writeNumberField("ruleIndex", index);
    g.writeStringField("level", level);
    g.writeObjectFieldStart("message");
    g.writeStringField("text", d.message());
    g.writeEndObject();

    Path file = workingDirectory.resolve(d.path()).normalize();
    boolean inRoot = file.startsWith(root);
    String uri = inRoot ? Uris.relativeReference(root.relativize(file)) : file.toUri().toASCIIString();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri);
    if (inRoot) {
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    if (d.row() >= 1) {
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", d.row());
      g.writeNumberField("startColumn", Math.max(1, d.col()));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();

    String line = sources.line(d.path(), d.row());
    String content = line == null ? "" : line.strip();
    String key = d.code() + '\0' + uri + '\0' + content;
    int occurrence = occurrences.merge(key, 1, Integer::sum);
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, fingerprint(key + '\0' + occurrence));
    g.writeEndObject();
    g.writeEndObject();
  }

  /** SHA-256 of {@code key} in UTF-8, its first 16 bytes in hex. */
  static String fingerprint(String key) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** The paragraphs under "## What it does", or the summary when the explanation has none. */
  static String whatItDoes(String markdown, String fallback) {
    int start = markdown.indexOf("## What it does");
    if (start < 0) {
      return fallback;
    }
    start = markdown.indexOf('\n', start);
    if (start < 0) {
      return fallback;
    }
    int end = markdown.indexOf("\n## ", start);
    String text = (end < 0 ? markdown.substring(start) : markdown.substring(start, end)).strip();
    return text.isEmpty() ? fallback : text;
  }

  private record Descriptor(String code, String name, String summary, String explanation,
      boolean enabled, String level) {}

  private static Descriptor describe(String code) {
    String level = code.startsWith("W") ? "warning" : "error";
    Rule rule = RuleRegistry.find(code);
    if (rule != null) {
      RuleMeta m = RuleRegistry.meta(rule);
      return new Descriptor(m.code(), m.name(), m.summary(), m.explanation(), m.defaultEnabled(), level);
    }
    // E902 and E999 come from reading and parsing, not from a registered rule.
    return switch (code) {
      case Codes.IO_ERROR -> new Descriptor(code, "io-error",
          "The file cannot be read, or is not Python source text in its encoding.", null, true, level);
      case Codes.SYNTAX_ERROR -> new Descriptor(code, "syntax-error",
          "The file is not valid Python (SyntaxError, IndentationError or TabError).", null, true, level);
      default -> new Descriptor(code, code.toLowerCase(java.util.Locale.ROOT), code, null, true, level);
    };
  }
}
