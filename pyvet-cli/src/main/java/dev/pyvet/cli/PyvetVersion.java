package dev.pyvet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into {@code version.properties} when it built pyvet. */
final class PyvetVersion {
  private PyvetVersion() {}

  /** What {@code --version} prints. */
  static String line() {
    return "pyvet " + version();
  }

  static String version() {
    Properties p = new Properties();
    try (InputStream in = PyvetVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String version = p.getProperty("version", "unknown");
    // Unfiltered (built outside Maven): the placeholder is still there.
    return version.contains("${") ? "unknown" : version;
  }
}
