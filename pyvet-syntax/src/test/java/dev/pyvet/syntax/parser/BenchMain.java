package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import dev.pyvet.syntax.token.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Developer benchmark: tokenizes and parses every .py file under a root, several rounds. */
public final class BenchMain {
  public static void main(String[] args) throws Exception {
    List<SourceText> sources = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      for (Path f : s.filter(x -> x.toString().endsWith(".py")).sorted().toList()) {
        try {
          sources.add(Sources.decode(Files.readAllBytes(f)));
        } catch (dev.pyvet.syntax.source.SourceDecodingException e) {
          // not Python source text; the parser never sees it
        }
      }
    }
    long best = Long.MAX_VALUE;
    long bestTok = Long.MAX_VALUE;
    for (int round = 0; round < 15; round++) {
      long t0 = System.nanoTime();
      long tok = 0;
      int ok = 0;
      for (SourceText src : sources) {
        long a = System.nanoTime();
        Tokens t = Tokenizer.tokenize(src);
        tok += System.nanoTime() - a;
        if (Parser.parse(t).ok()) {
          ok++;
        }
      }
      long ms = (System.nanoTime() - t0) / 1_000_000;
      best = Math.min(best, ms);
      bestTok = Math.min(bestTok, tok / 1_000_000);
      System.out.println("round " + round + ": " + ms + " ms (tokenize " + tok / 1_000_000 + " ms), ok " + ok + "/" + sources.size());
    }
    System.out.println("best: " + best + " ms total, tokenize " + bestTok + " ms");
    // two threads, as the command line would run
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    long best2 = Long.MAX_VALUE;
    long chars = 0;
    for (SourceText src : sources) {
      chars += src.text().length();
    }
    for (int round = 0; round < 15; round++) {
      long t0 = System.nanoTime();
      List<java.util.concurrent.Future<Boolean>> fs = new ArrayList<>();
      int half = sources.size() / 2;
      for (List<SourceText> part : List.of(sources.subList(0, half), sources.subList(half, sources.size()))) {
        fs.add(pool.submit(() -> {
          boolean all = true;
          for (SourceText src : part) {
            all &= Parser.parse(src).ok();
          }
          return all;
        }));
      }
      for (var f : fs) {
        f.get();
      }
      best2 = Math.min(best2, (System.nanoTime() - t0) / 1_000_000);
    }
    pool.shutdown();
    System.out.println("two threads: best " + best2 + " ms for " + sources.size() + " files, " + chars / 1_000_000 + "M chars");
  }
}
