package dev.pyvet.cli.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** URI references for file paths, as SARIF's artifactLocation.uri wants them (RFC 3986). */
final class Uris {
  private Uris() {}

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * {@code relative}'s segments joined with {@code /}, each percent-encoded as UTF-8 except
   * RFC 3986's unreserved characters and the sub-delimiters and {@code @} a path segment may
   * hold. {@code :} is encoded too, so a first segment is never read as a scheme.
   */
  static String relativeReference(Path relative) {
    StringBuilder sb = new StringBuilder();
    for (Path segment : relative) {
      if (!sb.isEmpty()) {
        sb.append('/');
      }
      for (byte b : segment.toString().getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            || "-._~!$&'()*+,;=@".indexOf(c) >= 0) {
          sb.append((char) c);
        } else {
          sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
        }
      }
    }
    return sb.toString();
  }
}
