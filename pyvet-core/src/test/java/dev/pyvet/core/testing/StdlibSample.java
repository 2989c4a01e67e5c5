package dev.pyvet.core.testing;

import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.testing.Python313;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sample of python3.13's standard library for differential tests, and the shape their
 * oracles answer in: one line per result, {@code PATH<TAB>RESULT}, or {@code SKIP<TAB>PATH} for a
 * file the oracle's Python cannot parse.
 */
public final class StdlibSample {
  private StdlibSample() {}

  /** Every {@code every}-th .py file of the standard library, in sorted order; skips without python3.13. */
  public static List<Path> everyNth(int every) {
    Path stdlib = Path.of(
        Python313.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])", "").strip());
    List<Path> sample = new ArrayList<>();
    try (Stream<Path> s = Files.walk(stdlib)) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
      for (int i = 0; i < all.size(); i += every) {
        sample.add(all.get(i));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sample;
  }

  /** The paths, one per line, as the oracles read them on stdin. */
  public static String asInput(List<Path> sample) {
    StringBuilder paths = new StringBuilder();
    sample.forEach(p -> paths.append(p).append('\n'));
    return paths.toString();
  }

  /** An oracle's output by path: each file's results in order, null for a skipped file. */
  public static Map<String, List<String>> byPath(String oracleOutput) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : oracleOutput.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", 2);
      if (parts[0].equals("SKIP")) {
        expected.put(parts[1], null);
      } else {
        expected.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts[1]);
      }
    }
    return expected;
  }

  /** The file parsed, or null when it does not decode or has no tree. */
  public static ParseResult parse(Path file) {
    SourceText text;
    try {
      text = SourceText.decode(Files.readAllBytes(file), file.toString());
    } catch (Exception e) {
      return null;
    }
    ParseResult parse = Parser.parse(text);
    return parse.module() == null ? null : parse;
  }
}
