package dev.pyvet.syntax.token;

import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tokenizer throughput over a directory of .py files in one warm JVM, printed per round (no
 * assertion: timings on a shared machine say little). Times are the thread's CPU time, which
 * other processes on the machine disturb less than wall time.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes dev.pyvet.syntax.token.TokenizerThroughputMain
 * DIR [ROUNDS]}
 */
public final class TokenizerThroughputMain {
  private TokenizerThroughputMain() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    List<byte[]> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList()) {
        files.add(Files.readAllBytes(p));
      }
    }
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    long chars = 0;
    for (byte[] b : files) {
      bytes += b.length;
      try {
        String text = SourceText.decode(b).text();
        texts.add(text);
        chars += text.length();
      } catch (SourceDecodingException e) {
        // not Python source; skipped
      }
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      long tokens = 0;
      for (String text : texts) {
        tokens += Tokenizer.tokenize(SourceText.of(text)).size();
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (byte[] b : files) {
        try {
          SourceText.decode(b);
        } catch (SourceDecodingException e) {
          // counted above
        }
      }
      long t2 = mx.getCurrentThreadCpuTime();
      System.out.printf("round %d: tokenize %d files, %.1f M chars, %d tokens: %d ms, %.0f MB/s; decode %.1f MB: %d ms%n",
          r, texts.size(), chars / 1e6, tokens, (t1 - t0) / 1_000_000, chars / 1e6 / ((t1 - t0) / 1e9), bytes / 1e6,
          (t2 - t1) / 1_000_000);
    }
  }
}
