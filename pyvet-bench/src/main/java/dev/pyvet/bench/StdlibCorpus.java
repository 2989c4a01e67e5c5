package dev.pyvet.bench;

import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The .py files of CPython 3.13's standard library (site-packages left out), decoded once into
 * memory. The folder is {@code -Dpyvet.stdlib=DIR} when given, else the stdlib of a python3.13
 * found on PATH or under {@code ~/.pyenv/versions/3.13*}.
 */
public final class StdlibCorpus {
  private final List<String> texts;
  private final List<byte[]> bytes;
  private final List<Path> paths;
  private final long chars;
  private final Path root;

  private StdlibCorpus(Path root, List<String> texts, List<byte[]> bytes, List<Path> paths) {
    this.root = root;
    this.texts = texts;
    this.bytes = bytes;
    this.paths = paths;
    this.chars = texts.stream().mapToLong(String::length).sum();
  }

  public static StdlibCorpus load() {
    Path root = locate();
    List<String> texts = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(StdlibCorpus::isStdlibSource).sorted().toList()) {
        byte[] b = Files.readAllBytes(p);
        try {
          texts.add(SourceText.decode(b).text());
          bytes.add(b);
          paths.add(p);
        } catch (SourceDecodingException e) {
          // The few deliberately undecodable test files would measure nothing.
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no .py files under " + root);
    }
    return new StdlibCorpus(root, texts, bytes, paths);
  }

  private static boolean isStdlibSource(Path p) {
    String s = p.toString();
    return s.endsWith(".py") && !s.contains("/site-packages/") && !s.contains("/__pycache__/") && Files.isRegularFile(p);
  }

  /** Fresh source objects, so that no lazily computed state is reused between iterations. */
  public List<SourceText> sources() {
    List<SourceText> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(SourceText.of(t));
    }
    return out;
  }

  /** The files' bytes, as read from disk. */
  public List<byte[]> bytes() {
    return bytes;
  }

  /** Where each of {@link #bytes()} was read from, in the same order. */
  public List<Path> paths() {
    return paths;
  }

  public int files() {
    return texts.size();
  }

  public String describe() {
    return String.format("%,d files, %,.1f M chars from %s", texts.size(), chars / 1e6, root);
  }

  private static Path locate() {
    String given = System.getProperty("pyvet.stdlib");
    if (given != null) {
      Path p = Path.of(given);
      if (!Files.isDirectory(p)) {
        throw new IllegalStateException("-Dpyvet.stdlib=" + given + " is not a folder");
      }
      return p;
    }
    List<Path> pythons = new ArrayList<>();
    String pathVar = System.getenv("PATH");
    if (pathVar != null) {
      for (String dir : pathVar.split(java.io.File.pathSeparator)) {
        pythons.add(Path.of(dir, "python3.13"));
      }
    }
    Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
    if (Files.isDirectory(versions)) {
      try (Stream<Path> dirs = Files.list(versions)) {
        dirs.filter(d -> d.getFileName().toString().startsWith("3.13"))
            .sorted(Comparator.reverseOrder())
            .forEach(d -> pythons.add(d.resolve("bin/python3.13")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (Path python : pythons) {
      Path stdlib = askStdlib(python);
      if (stdlib != null) {
        return stdlib;
      }
    }
    throw new IllegalStateException(
        "CPython 3.13's standard library not found: no working python3.13 on PATH or under"
            + " ~/.pyenv/versions/3.13*; pass -Dpyvet.stdlib=/path/to/lib/python3.13"
            + " (with benchmarks.jar: -jvmArgsAppend -Dpyvet.stdlib=...)");
  }

  private static Path askStdlib(Path python) {
    if (!Files.isExecutable(python)) {
      return null;
    }
    try {
      Process p = new ProcessBuilder(python.toString(), "-c",
              "import sys, sysconfig; assert sys.version_info[:2] == (3, 13); print(sysconfig.get_paths()['stdlib'])")
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
        return null;
      }
      Path stdlib = Path.of(out);
      return Files.isDirectory(stdlib) ? stdlib : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
