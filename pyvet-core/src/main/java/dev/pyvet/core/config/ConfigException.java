package dev.pyvet.core.config;

import java.nio.file.Path;

/**
 * A configuration file pyvet cannot use: malformed, an unknown key or a bad value. The message
 * names the file, the line when known, the key when there is one, and the reason.
 */
public final class ConfigException extends RuntimeException {
  private final Path file;
  private final int line;
  private final String key;
  private final String reason;

  public ConfigException(Path file, int line, String key, String reason) {
    super(describe(file, line, key, reason));
    this.file = file;
    this.line = line;
    this.key = key;
    this.reason = reason;
  }

  private static String describe(Path file, int line, String key, String reason) {
    StringBuilder sb = new StringBuilder().append(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (key != null) {
      sb.append("'").append(key).append("': ");
    }
    return sb.append(reason).toString();
  }

  public Path file() {
    return file;
  }

  /** 1-based, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The key the problem is about, or null for a file-level problem. */
  public String key() {
    return key;
  }

  public String reason() {
    return reason;
  }
}
