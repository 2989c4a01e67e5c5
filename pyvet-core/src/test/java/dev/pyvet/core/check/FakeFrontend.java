package dev.pyvet.core.check;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for the real decoder and parser, so that the pipeline's own logic is tested alone:
 * NUL bytes fail decoding, a line "SYNTAX r c" fails parsing at line r, offset c, and a line
 * "CRASH" throws.
 */
final class FakeFrontend implements SyntaxFrontend {
  @Override
  public SourceText decode(byte[] bytes) throws SourceDecodingException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new SourceDecodingException("source code cannot contain null bytes", 1);
      }
    }
    return SourceText.of(new String(bytes, StandardCharsets.UTF_8));
  }

  @Override
  public ParseResult parse(SourceText source) {
    for (String line : source.text().split("\n")) {
      if (line.startsWith("SYNTAX ")) {
        String[] parts = line.split(" ");
        return new ParseResult(
            null,
            null,
            PySyntaxError.syntax(
                "invalid syntax", Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
      }
      if (line.equals("CRASH")) {
        throw new IllegalStateException("parser bug");
      }
    }
    return new ParseResult(null, null, null);
  }
}
