package dev.pyvet.syntax.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finds and runs CPython 3.13, the oracle of the tests (shared by every module through this
 * module's test jar): found on PATH, else under
 * {@code $HOME/.pyenv/versions/3.13*}; tests that need it are skipped (JUnit assumption) when it
 * is absent.
 */
public final class Python313 {
  private Python313() {}

  private static Path cached;
  private static boolean searched;

  /** The python3.13 executable, or null. */
  public static synchronized Path find() {
    if (!searched) {
      searched = true;
      cached = search();
    }
    return cached;
  }

  private static Path search() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, "python3.13");
        // A pyenv shim may be on PATH without 3.13 selected: make sure it runs.
        if (Files.isExecutable(p) && works(p)) {
          return p;
        }
      }
    }
    String home = System.getProperty("user.home");
    Path versions = Path.of(home, ".pyenv", "versions");
    if (Files.isDirectory(versions)) {
      List<Path> found = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(versions, "3.13*")) {
        for (Path v : ds) {
          Path p = v.resolve("bin").resolve("python3.13");
          if (Files.isExecutable(p) && works(p)) {
            found.add(p);
          }
        }
      } catch (IOException e) {
        return null;
      }
      found.sort(null);
      return found.isEmpty() ? null : found.get(found.size() - 1);
    }
    return null;
  }

  private static boolean works(Path python) {
    try {
      Process p =
          new ProcessBuilder(python.toString(), "-c", "import sys; print(sys.version_info[:2])")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor() == 0 && out.trim().equals("(3, 13)");
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Skips the calling test when python3.13 is absent. */
  public static Path require() {
    Path p = find();
    assumeTrue(p != null, "python3.13 not found on PATH or under ~/.pyenv/versions/3.13*");
    return p;
  }

  /**
   * Runs {@code script} with python3.13 (UTF-8 I/O, warnings off), feeding {@code input} on
   * stdin, and returns stdout as UTF-8 bytes; fails on a non-zero exit.
   */
  public static byte[] run(String script, byte[] input) {
    Path python = require();
    try {
      ProcessBuilder pb =
          new ProcessBuilder(python.toString(), "-X", "utf8", "-W", "ignore", "-c", script);
      pb.environment().put("PYTHONIOENCODING", "utf-8:surrogateescape");
      Process p = pb.start();
      CompletableFuture<byte[]> out = readAll(p.getInputStream());
      CompletableFuture<byte[]> err = readAll(p.getErrorStream());
      try (OutputStream os = p.getOutputStream()) {
        os.write(input);
      }
      int rc = p.waitFor();
      if (rc != 0) {
        throw new AssertionError(
            "python3.13 failed (" + rc + "): " + new String(err.join(), StandardCharsets.UTF_8));
      }
      return out.join();
    } catch (IOException e) {
      throw new AssertionError("cannot run python3.13", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  public static String run(String script, String input) {
    return new String(
        run(script, input.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
  }

  private static CompletableFuture<byte[]> readAll(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }
}
