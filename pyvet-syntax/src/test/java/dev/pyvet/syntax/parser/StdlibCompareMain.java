package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.AstDump;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Developer loop: compares our dumps with a list of CPython dump hashes ("relpath TAB sha1" or
 * "relpath TAB ERR kind msg line offset") and prints the mismatches. Arguments: root list out.
 */
public final class StdlibCompareMain {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<String>> results = new ArrayList<>();
    long t0 = System.nanoTime();
    for (String line : lines) {
      int tab = line.indexOf('\t');
      String rel = line.substring(0, tab);
      String expected = line.substring(tab + 1);
      results.add(pool.submit(() -> check(root.resolve(rel), rel, expected)));
    }
    StringBuilder out = new StringBuilder();
    int same = 0;
    for (Future<String> f : results) {
      String r = f.get();
      if (r == null) {
        same++;
      } else {
        out.append(r).append('\n');
      }
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    pool.shutdown();
    Files.writeString(Path.of(args[2]), out.toString());
    System.out.println(same + "/" + lines.size() + " identical, " + ms + " ms");
  }

  static String check(Path file, String rel, String expected) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      SourceText src = Sources.decode(bytes);
      ParseResult r = Parser.parse(src, Integer.getInteger("pyvet.minor", Parser.LATEST_MINOR));
      String actual;
      if (r.ok()) {
        actual = sha1(AstDump.dump(r.module()));
      } else {
        PySyntaxError e = r.error();
        actual = "ERR " + e.kind() + " " + e.message() + " " + e.line() + " " + e.column();
      }
      return actual.equals(expected) ? null : rel + "\t" + expected + "\t" + (actual.length() == 40 ? "DIFF" : actual);
    } catch (Throwable t) {
      return rel + "\t" + expected + "\tTHROW " + t;
    }
  }

  static String sha1(String s) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-1");
    return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
  }

  /** Our dump of one file (for diffing a mismatch). */
  public static String dumpOne(Path file) throws IOException {
    try {
      ParseResult r = Parser.parse(Sources.decode(Files.readAllBytes(file)));
      return r.ok() ? AstDump.dump(r.module()) : r.error().toString();
    } catch (Exception e) {
      throw new IOException(e);
    }
  }
}
