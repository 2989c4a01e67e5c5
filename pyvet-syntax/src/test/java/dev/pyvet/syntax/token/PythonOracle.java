package dev.pyvet.syntax.token;

import dev.pyvet.syntax.testing.Python313;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Finds CPython 3.13 and runs the test scripts kept in test resources with it. */
final class PythonOracle {
  private PythonOracle() {}

  /** A working python3.13, or null: see {@link Python313#find()}. */
  static Path python313() {
    return Python313.find();
  }

  /** Runs python with arguments, feeding {@code stdin}, and returns stdout (UTF-8). */
  static String run(Path python, List<String> args, String stdin) {
    List<String> cmd = new ArrayList<>();
    cmd.add(python.toString());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      Thread feeder = new Thread(() -> {
        try (var os = p.getOutputStream()) {
          if (stdin != null) {
            os.write(stdin.getBytes(StandardCharsets.UTF_8));
          }
        } catch (IOException e) {
          // the process ended early; its exit code tells
        }
      });
      feeder.start();
      byte[] out;
      try (InputStream is = p.getInputStream()) {
        out = is.readAllBytes();
      }
      if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("python failed: " + cmd);
      }
      feeder.join();
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Copies a test resource to target/ so python can run it. */
  static Path resourceScript(String name) {
    try (InputStream in = PythonOracle.class.getResourceAsStream("/tokenizer/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource tokenizer/" + name);
      }
      Path dir = Path.of("target", "python-oracle");
      Files.createDirectories(dir);
      Path script = dir.resolve(name);
      Files.write(script, in.readAllBytes());
      return script;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
