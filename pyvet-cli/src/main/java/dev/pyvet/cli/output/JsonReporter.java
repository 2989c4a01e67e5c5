package dev.pyvet.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Findings as JSON objects in ruff's shape: {@code code}, {@code message}, {@code filename} (the
 * path as the concise format prints it), {@code location} ({@code row}, {@code column}, both
 * 1-based, the column in characters; row 0 for a finding about the whole file), {@code fix}
 * (null: pyvet has no fixes yet) and {@code noqa_row} (the row a {@code # noqa} comment must be
 * on, null for row 0). Either one array ({@code json}) or one object per line ({@code json-lines}).
 */
public final class JsonReporter implements Reporter {
  static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final boolean lines;

  private JsonReporter(boolean lines) {
    this.lines = lines;
  }

  /** One JSON array, indented. */
  public static JsonReporter array() {
    return new JsonReporter(false);
  }

  /** One compact JSON object per line. */
  public static JsonReporter lines() {
    return new JsonReporter(true);
  }

  @Override
  public void write(List<Diagnostic> diagnostics, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (lines) {
        g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        for (Diagnostic d : diagnostics) {
          writeFinding(g, d);
        }
      } else {
        g.setPrettyPrinter(indented());
        g.writeStartArray();
        for (Diagnostic d : diagnostics) {
          writeFinding(g, d);
        }
        g.writeEndArray();
      }
    }
    if (!lines || !diagnostics.isEmpty()) {
      out.write('\n');
    }
  }

  /** Two-space indentation, {@code "key": value}, {@code []} when empty. */
  static DefaultPrettyPrinter indented() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withArrayIndenter(indenter)
        .withObjectIndenter(indenter);
  }

  private static void writeFinding(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", d.code());
    g.writeStringField("message", d.message());
    g.writeStringField("filename", d.path());
    g.writeObjectFieldStart("location");
    g.writeNumberField("row", d.row());
    g.writeNumberField("column", d.col());
    g.writeEndObject();
    g.writeNullField("fix");
    if (d.row() >= 1) {
      g.writeNumberField("noqa_row", d.row());
    } else {
      g.writeNullField("noqa_row");
    }
    g.writeEndObject();
  }
}
