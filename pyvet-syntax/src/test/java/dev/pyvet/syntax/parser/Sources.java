package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.nio.charset.StandardCharsets;

/** Test helper: decodes source bytes, falling back to UTF-8 while SourceText.decode is a stub. */
final class Sources {
  private Sources() {}

  static SourceText decode(byte[] bytes) throws SourceDecodingException {
    try {
      return SourceText.decode(bytes);
    } catch (UnsupportedOperationException e) {
      String s = new String(bytes, StandardCharsets.UTF_8);
      if (s.startsWith("\uFEFF")) {
        s = s.substring(1);
      }
      return SourceText.of(s);
    }
  }
}
