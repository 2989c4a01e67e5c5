package dev.pyvet.core.check;

import dev.pyvet.syntax.source.SourceDecodingException;

/**
 * The E902 message for a file whose bytes are not Python source text: the decoder's message
 * (CPython's wording), named after the Python exception it stands for, with a hint when the
 * file looks binary.
 */
final class DecodeErrors {
  private DecodeErrors() {}

  /** Git's heuristic: a NUL byte in the first 8000 bytes means binary. */
  private static final int BINARY_SNIFF_LENGTH = 8000;

  static String describe(SourceDecodingException e, byte[] bytes) {
    String message = e.getMessage() == null ? "cannot decode the file" : e.getMessage();
    String kind;
    if (message.contains("codec can't decode") || message.startsWith("Non-UTF-8")) {
      kind = "UnicodeDecodeError";
    } else {
      kind = "SyntaxError";
    }
    String hint = looksBinary(bytes) ? " (binary file?)" : "";
    return kind + ": " + message + hint;
  }

  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SNIFF_LENGTH);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
