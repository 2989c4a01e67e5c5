package dev.pyvet.syntax.conformance;

import dev.pyvet.syntax.testing.Python313;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CPython 3.13, the oracle the conformance tests compare with, driven through the helper script
 * {@code scripts/ast_dump.py}.
 *
 * @param executable the python3.13 binary
 * @param helper the path of {@code ast_dump.py}
 * @param formatVersion the helper's cache entry format
 * @param version {@code sys.version}, part of the cache key
 * @param stdlib the folder of the standard library
 */
public record PythonOracle(Path executable, Path helper, String formatVersion, String version, Path stdlib) {

  private static final String HELPER = "scripts/ast_dump.py";

  /** A working python3.13: see {@link Python313#find()}. */
  public static Optional<Path> findExecutable() {
    return Optional.ofNullable(Python313.find());
  }

  /** Finds {@code scripts/ast_dump.py} in the working directory or one of its parents. */
  public static Path findHelper() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(HELPER);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("cannot find " + HELPER + " above " + Path.of("").toAbsolutePath());
  }

  /** Asks the interpreter for its version and stdlib folder. */
  public static PythonOracle start(Path executable, Path helper) throws IOException {
    List<String> lines = run(List.of(executable.toString(), helper.toString(), "info"));
    if (lines.size() < 3) {
      throw new IOException("unexpected answer from " + helper + " info: " + lines);
    }
    return new PythonOracle(executable, helper, lines.get(0), lines.get(1), Path.of(lines.get(2)));
  }

  /** The cache folder for this interpreter's entries below {@code cacheRoot}. */
  public Path cacheDir(Path cacheRoot) {
    String v = version.split(" ", 2)[0];
    return cacheRoot.resolve("py" + v + "-f" + formatVersion + "-" + Integer.toHexString(version.hashCode()));
  }

  /**
   * Writes the cache entries of {@code files} (the missing ones): one interpreter run per core, at
   * most two, each taking every other file.
   */
  public void dumpInto(Path cacheDir, List<Path> files) throws IOException {
    if (files.isEmpty()) {
      return;
    }
    int processes = Math.min(2, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
    List<String> command = List.of(executable.toString(), helper.toString(), "dump", cacheDir.toString());
    List<Process> started = new ArrayList<>();
    List<Path> errs = new ArrayList<>();
    List<Path> temps = new ArrayList<>();
    try {
      for (int p = 0; p < processes; p++) {
        StringBuilder stdin = new StringBuilder();
        for (int i = p; i < files.size(); i += processes) {
          stdin.append(files.get(i).toAbsolutePath()).append('\n');
        }
        // From a file, so that a long list cannot block on a full pipe before the next starts.
        Path list = Files.createTempFile("pyvet-oracle", ".list");
        temps.add(list);
        Files.writeString(list, stdin, StandardCharsets.UTF_8);
        Path err = Files.createTempFile("pyvet-oracle", ".err");
        temps.add(err);
        errs.add(err);
        started.add(new ProcessBuilder(command)
            .redirectInput(list.toFile())
            .redirectError(err.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start());
      }
      for (int p = 0; p < started.size(); p++) {
        int rc = started.get(p).waitFor();
        if (rc != 0) {
          throw new IOException(String.join(" ", command) + " failed with exit code " + rc + ":\n"
              + Files.readString(errs.get(p)));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      started.forEach(Process::destroy);
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Runs {@code command} to its end and returns its output lines. */
  private static List<String> run(List<String> command) throws IOException {
    Path err = Files.createTempFile("pyvet-oracle", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int rc = p.waitFor();
      if (rc != 0) {
        throw new IOException(String.join(" ", command) + " failed with exit code " + rc + ":\n"
            + Files.readString(err));
      }
      return out.lines().toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
