package dev.pyvet.syntax.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tokenizes CPython 3.13's standard library (all of lib/python3.13, site-packages included) with
 * {@code tokenize.generate_tokens} (once; the result is cached under target/) and with pyvet, and
 * compares every token of every file. Where tokenize fails, the tokens before the failure must
 * match and pyvet's error must be the one compile() reports; where tokenize accepts what
 * compile() rejects (it does not check identifiers or some number endings), pyvet's tokens must
 * be a prefix of tokenize's and its error compile()'s.
 */
class TokenizerDifferentialTest {

  /** Files whose difference is understood and documented; none at the moment. */
  private static final List<String> KNOWN_DIFFERENCES = List.of();

  @Test
  void standardLibraryTokensMatchPythonTokenize() throws IOException {
    Path python = PythonOracle.python313();
    assumeTrue(python != null, "python3.13 not found on PATH or under ~/.pyenv/versions: differential test skipped");
    // -Dpyvet.tokenizer.corpus=DIR compares another tree of .py files (say an older stdlib)
    String corpus = System.getProperty("pyvet.tokenizer.corpus");
    Path stdlib = corpus != null ? Path.of(corpus) : Path.of(PythonOracle.run(python,
        List.of("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"), null).trim());
    List<Path> files;
    try (Stream<Path> s = Files.walk(stdlib)) {
      files = s.filter(p -> p.toString().endsWith(".py"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
    Map<String, String[]> expected = oracle(python, files);

    List<byte[]> contents = new ArrayList<>();
    for (Path f : files) {
      contents.add(Files.readAllBytes(f));
    }

    int identical = 0;
    List<String> different = new ArrayList<>();
    List<String> report = new ArrayList<>();
    List<String> rejectedByUs = new ArrayList<>();
    long chars = 0;
    for (int k = 0; k < files.size(); k++) {
      String path = files.get(k).toString();
      String[] exp = expected.get(path);
      SourceText source;
      try {
        source = SourceText.decode(contents.get(k));
      } catch (SourceDecodingException e) {
        if (exp[1].equals("UNDECODABLE")) {
          identical++;
          report.add("undecodable as in Python: " + path + ": ours '" + e.getMessage() + "', Python's '" + exp[2] + "'");
        } else {
          different.add(path);
          report.add("we cannot decode " + path + ": " + e.getMessage());
        }
        continue;
      }
      chars += source.text().length();
      Tokens tokens = Tokenizer.tokenize(source);
      if (exp[1].equals("UNDECODABLE")) {
        different.add(path);
        report.add("Python cannot decode " + path + " (" + exp[2] + ") but we can");
        continue;
      }
      TokenDump dump = new TokenDump(tokens);
      StringBuilder sb = new StringBuilder();
      int count = 0;
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.type(i) == TokenType.ERRORTOKEN && tokens.error() != null && i == tokens.size() - 1) {
          break;
        }
        sb.append(dump.line(i)).append('\n');
        count++;
      }
      boolean sameTokens = exp[3].equals(PythonOracle.sha256(sb.toString())) && exp[2].equals(Integer.toString(count));
      boolean same = exp[1].equals("TOKENS")
          ? sameTokens && tokens.error() == null
          : sameTokens && tokens.error() != null && errorFields(tokens.error()).equals(compileError(exp));
      if (same) {
        identical++;
      } else if (exp[1].equals("TOKENS") && tokens.error() != null) {
        // tokenize is more lenient than compile (identifiers, number suffixes, brackets)
        rejectedByUs.add(path);
      } else {
        different.add(path);
      }
    }
    if (!rejectedByUs.isEmpty()) {
      identical += checkAgainstCompile(python, rejectedByUs, files, contents, different, report);
    }

    if (!different.isEmpty()) {
      report.addAll(explain(python, different.subList(0, Math.min(20, different.size())), files, contents));
    }
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 3; round++) {
      long t0 = System.nanoTime();
      for (byte[] c : contents) {
        try {
          Tokenizer.tokenize(SourceText.decode(c));
        } catch (SourceDecodingException e) {
          // counted above
        }
      }
      best = Math.min(best, System.nanoTime() - t0);
    }
    System.out.printf("tokenizer differential: %d/%d stdlib files identical; decode+tokenize %.1f MB chars in %d ms%n",
        identical, files.size(), chars / 1e6, best / 1_000_000);
    report.forEach(System.out::println);
    List<String> unexpected = different.stream().filter(p -> KNOWN_DIFFERENCES.stream().noneMatch(p::endsWith)).toList();
    assertThat(unexpected).as(String.join("\n", report)).isEmpty();
  }

  /**
   * Files that tokenize accepts and we reject: identical when our tokens are a prefix of
   * tokenize's and our error is the one compile() reports.
   */
  private static int checkAgainstCompile(Path python, List<String> paths, List<Path> files, List<byte[]> contents,
      List<String> different, List<String> report) {
    Path script = PythonOracle.resourceScript("tokenize_dump.py");
    String input = String.join("\n", paths) + "\n";
    Map<String, List<String>> full = parseFull(PythonOracle.run(python, List.of(script.toString(), "--full"), input));
    Map<String, String> compiled = new LinkedHashMap<>();
    for (String line : PythonOracle.run(python, List.of(script.toString(), "--compile"), input).split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        compiled.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    int same = 0;
    for (String path : paths) {
      int k = files.indexOf(Path.of(path));
      Tokens tokens;
      try {
        tokens = Tokenizer.tokenize(SourceText.decode(contents.get(k)));
      } catch (SourceDecodingException e) {
        throw new IllegalStateException(e);
      }
      TokenDump dump = new TokenDump(tokens);
      List<String> exp = full.getOrDefault(path, List.of());
      boolean prefix = tokens.size() - 1 <= exp.size();
      for (int i = 0; prefix && i < tokens.size() - 1; i++) {
        prefix = dump.line(i).equals(exp.get(i));
      }
      String ours = errorFields(tokens.error());
      String theirs = compiled.get(path);
      if (prefix && ours.equals(theirs)) {
        same++;
        report.add("rejected like compile(): " + path + ": " + ours.replace('\t', ' '));
      } else {
        different.add(path);
        report.add("DIFF " + path + ": tokens a prefix of tokenize's: " + prefix + "\n  compile: " + theirs
            + "\n  pyvet:   " + ours);
      }
    }
    return same;
  }

  /** Kind, escaped message, line, offset, end line, end offset: tokenize_dump.py's compile() fields. */
  private static String errorFields(PySyntaxError e) {
    return e.kind() + "\t" + TokenDump.escape(e.message()) + "\t" + e.line() + "\t" + e.column() + "\t"
        + e.endLine() + "\t" + e.endColumn();
  }

  /** The compile() error of an ERROR line of the --hash output (the fields after the digest). */
  private static String compileError(String[] hashLine) {
    return String.join("\t", java.util.Arrays.asList(hashLine).subList(4, hashLine.length));
  }

  private static Map<String, List<String>> parseFull(String full) {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : full.split("\n")) {
      if (line.startsWith("FILE ")) {
        current = new ArrayList<>();
        expected.put(line.substring(5), current);
      } else if (current != null) {
        current.add(line);
      }
    }
    return expected;
  }

  /** Python's per-file results: path, kind (TOKENS, ERROR, UNDECODABLE) and details. */
  private static Map<String, String[]> oracle(Path python, List<Path> files) throws IOException {
    Path script = PythonOracle.resourceScript("tokenize_dump.py");
    StringBuilder list = new StringBuilder();
    long stamp = 0;
    for (Path f : files) {
      list.append(f).append('\n');
      stamp = stamp * 31 + Files.size(f) + Files.getLastModifiedTime(f).toMillis();
    }
    String key = PythonOracle.sha256(Files.readString(script) + python + list + stamp);
    Path cache = Path.of("target", "python-oracle", "tokenize-" + key.substring(0, 16) + ".txt");
    String out;
    if (Files.exists(cache)) {
      out = Files.readString(cache, StandardCharsets.UTF_8);
    } else {
      out = PythonOracle.run(python, List.of(script.toString(), "--hash"), list.toString());
      Files.writeString(cache, out, StandardCharsets.UTF_8);
    }
    Map<String, String[]> result = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        String[] parts = line.split("\t", -1);
        result.put(parts[0], parts);
      }
    }
    return result;
  }

  /** The first differing token line of each file, from python's full output. */
  private static List<String> explain(Path python, List<String> paths, List<Path> files, List<byte[]> contents) {
    Path script = PythonOracle.resourceScript("tokenize_dump.py");
    Map<String, List<String>> expected = parseFull(
        PythonOracle.run(python, List.of(script.toString(), "--full"), String.join("\n", paths) + "\n"));
    List<String> out = new ArrayList<>();
    for (String path : paths) {
      int k = files.indexOf(Path.of(path));
      List<String> ours = new ArrayList<>();
      PySyntaxError error = null;
      try {
        Tokens tokens = Tokenizer.tokenize(SourceText.decode(contents.get(k)));
        TokenDump dump = new TokenDump(tokens);
        for (int i = 0; i < tokens.size(); i++) {
          if (tokens.type(i) == TokenType.ERRORTOKEN && tokens.error() != null && i == tokens.size() - 1) {
            break;
          }
          ours.add(dump.line(i));
        }
        error = tokens.error();
      } catch (SourceDecodingException e) {
        out.add("DIFF " + path + ": " + e.getMessage());
        continue;
      }
      if (error != null) {
        ours.add("ERROR\t" + error);
      }
      List<String> exp = expected.getOrDefault(path, List.of());
      int i = 0;
      while (i < ours.size() && i < exp.size() && ours.get(i).equals(exp.get(i))) {
        i++;
      }
      out.add("DIFF " + path + " at token " + i + ":\n  python: " + (i < exp.size() ? exp.get(i) : "<end>")
          + "\n  pyvet:  " + (i < ours.size() ? ours.get(i) : "<end>"));
    }
    return out;
  }
}
