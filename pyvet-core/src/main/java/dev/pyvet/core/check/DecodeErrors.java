package dev.pyvet.core.check;

import dev.pyvet.syntax.source.SourceDecodingException;

/** The E902 message for a file whose bytes are not Python source text. */
final class DecodeErrors {
  private DecodeErrors() {}

  static String describe(SourceDecodingException e) {
    String message = e.getMessage() == null ? "cannot decode the file" : e.getMessage();
    if (message.contains("null byte")) {
      return "ValueError: " + message + " (is it a binary file?)";
    }
    if (message.contains("codec can't decode") || message.contains("Non-UTF-8")) {
      return "UnicodeDecodeError: " + message;
    }
    return "SyntaxError: " + message;
  }
}
