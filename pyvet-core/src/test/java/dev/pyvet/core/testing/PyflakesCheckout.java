package dev.pyvet.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.testing.Python313;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The pyflakes checkout that the environment variable {@code PYFLAKES} names (as
 * scripts/pyflakes-diff takes it), for tests that compare with pyflakes under python3.13.
 */
public final class PyflakesCheckout {
  private PyflakesCheckout() {}

  /** The checkout; skips the calling test without python3.13 or without a pyflakes checkout. */
  public static Path require() {
    Python313.require();
    String dir = System.getenv("PYFLAKES");
    assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "pyflakes", "checker.py")),
        "PYFLAKES does not name a pyflakes checkout: skipped");
    return Path.of(dir).toAbsolutePath();
  }

  /** {@code script} preceded by the line that makes {@code checkout}'s pyflakes importable. */
  public static String importable(Path checkout, String script) {
    String path = checkout.toString().replace("\\", "\\\\").replace("'", "\\'");
    return "import sys; sys.path.insert(0, '" + path + "')\n" + script;
  }
}
