package dev.pyvet.cli.output;

import java.util.Locale;

/** How {@code pyvet check} prints its findings. */
public enum OutputFormat {
  /** {@code path:row:col: CODE message}, flake8's default. */
  CONCISE("concise", false),
  /** The concise line, then the source line with a caret under the column. */
  FULL("full", false),
  /** One JSON array of finding objects. */
  JSON("json", true),
  /** One JSON finding object per line. */
  JSON_LINES("json-lines", true),
  /** GitHub Actions workflow commands ({@code ::error ...}), one per finding. */
  GITHUB("github", true),
  /** JUnit XML: a test suite per file, a failed test case per finding. */
  JUNIT("junit", true),
  /** SARIF 2.1.0, for code-scanning services. */
  SARIF("sarif", true);

  private final String optionName;
  private final boolean machine;

  OutputFormat(String optionName, boolean machine) {
    this.optionName = optionName;
    this.machine = machine;
  }

  /** The name used on the command line and in configuration files. */
  public String optionName() {
    return optionName;
  }

  /** Whether programs read this format, so that nothing else may be printed on stdout. */
  public boolean isMachineReadable() {
    return machine;
  }

  /** The format named {@code name} (case-insensitive), or an exception listing the valid names. */
  public static OutputFormat parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.optionName.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown output format '" + name + "' (expected " + names() + ")");
  }

  /** The valid names, comma-separated. */
  public static String names() {
    StringBuilder sb = new StringBuilder();
    for (OutputFormat f : values()) {
      sb.append(sb.isEmpty() ? "" : ", ").append(f.optionName);
    }
    return sb.toString();
  }
}
