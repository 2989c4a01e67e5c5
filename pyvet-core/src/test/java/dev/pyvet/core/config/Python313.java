package dev.pyvet.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds python3.13 (PATH, then pyenv's versions) for differential tests; null when absent. */
final class Python313 {
  private Python313() {}

  static Path find() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path candidate = Path.of(dir, "python3.13");
        // a pyenv shim may be on PATH without 3.13 selected: make sure it runs
        if (Files.isExecutable(candidate) && works(candidate)) {
          return candidate;
        }
      }
    }
    Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
    if (Files.isDirectory(versions)) {
      try (Stream<Path> s = Files.list(versions)) {
        return s.filter(p -> p.getFileName().toString().startsWith("3.13"))
            .map(p -> p.resolve("bin/python3.13"))
            .filter(p -> Files.isExecutable(p) && works(p))
            .sorted()
            .findFirst()
            .orElse(null);
      } catch (java.io.IOException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean works(Path python) {
    try {
      Process p = new ProcessBuilder(python.toString(), "-c", "import sys; assert sys.version_info[:2] == (3, 13)")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
