package dev.pyvet.core.rules.mccabe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.io.File;
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
 * Compares our complexities with the mccabe package's on a sample of CPython 3.13's standard
 * library: every graph of every sampled file the oracle's Python can parse, in mccabe's order.
 * Needs python3.13 (for the library) and a {@code python3} on PATH that can import mccabe
 * (Debian's python3-mccabe); skipped without them.
 */
class McCabeDifferentialTest {
  private static final int SAMPLE_EVERY = 10;

  // Reads paths on stdin; prints each file's graphs, or SKIP when this Python cannot parse it.
  private static final String ORACLE = String.join("\n",
      "import ast, sys, mccabe",
      "for p in sys.stdin.read().splitlines():",
      "    try:",
      "        tree = compile(open(p, 'rb').read(), p, 'exec', ast.PyCF_ONLY_AST)",
      "    except (SyntaxError, ValueError):",
      "        print('SKIP\\t' + p)",
      "        continue",
      "    v = mccabe.PathGraphingAstVisitor()",
      "    v.preorder(tree, v)",
      "    for g in v.graphs.values():",
      "        print('%s\\t%d:%d %s %d' % (p, g.lineno, g.column, g.entity, g.complexity()))",
      "");

  @Test
  void sampleOfTheStandardLibraryMatchesMccabe() throws Exception {
    Path python313 = findPython313();
    assumeTrue(python313 != null, "python3.13 not found (PATH or ~/.pyenv/versions/3.13*): skipped");
    Path oracle = findMccabePython();
    assumeTrue(oracle != null, "no python3 on PATH can import mccabe (apt-get install python3-mccabe): skipped");
    Path stdlib = Path.of(run(List.of(python313.toString(), "-c",
        "import sysconfig; print(sysconfig.get_paths()['stdlib'])"), "").strip());
    List<Path> sample = new ArrayList<>();
    try (Stream<Path> s = Files.walk(stdlib)) {
      List<Path> all = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
      for (int i = 0; i < all.size(); i += SAMPLE_EVERY) {
        sample.add(all.get(i));
      }
    }
    StringBuilder paths = new StringBuilder();
    sample.forEach(p -> paths.append(p).append('\n'));
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (String line : run(List.of(oracle.toString(), "-c", ORACLE), paths.toString()).split("\n")) {
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
    int files = 0;
    int graphs = 0;
    for (Path p : sample) {
      String key = p.toString();
      if (expected.containsKey(key) && expected.get(key) == null) {
        continue; // the oracle's older Python cannot parse it
      }
      SourceText text;
      try {
        text = SourceText.decode(Files.readAllBytes(p), key);
      } catch (Exception e) {
        continue;
      }
      ParseResult parse = Parser.parse(text);
      if (parse.module() == null || parse.error() != null) {
        continue;
      }
      List<String> ours = new ArrayList<>();
      for (PathGraphs.Graph g : PathGraphs.of(parse.module())) {
        ours.add(g.line() + ":" + g.utf8Column() + " " + g.entity() + " " + g.complexity());
      }
      assertThat(ours).as(key).containsExactlyElementsOf(expected.getOrDefault(key, List.of()));
      files++;
      graphs += ours.size();
    }
    assertThat(files).as("files compared").isGreaterThan(100);
    assertThat(graphs).as("graphs compared").isGreaterThan(2000);
  }

  private static String run(List<String> command, String stdin) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    Thread writer = Thread.ofVirtual().start(() -> {
      try (var out = p.getOutputStream()) {
        out.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the reader sees the failure
      }
    });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    writer.join();
    assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    return out;
  }

  private static boolean works(Path python, String check) {
    try {
      Process p = new ProcessBuilder(python.toString(), "-c", check)
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static List<Path> onPath(String name) {
    List<Path> found = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  private static Path findMccabePython() {
    for (Path p : onPath("python3")) {
      if (works(p, "import mccabe")) {
        return p;
      }
    }
    return null;
  }

  private static Path findPython313() throws IOException {
    String check = "import sys; assert sys.version_info[:2] == (3, 13)";
    for (Path p : onPath("python3.13")) {
      if (works(p, check)) {
        return p;
      }
    }
    Path versions = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
    if (!Files.isDirectory(versions)) {
      return null;
    }
    try (Stream<Path> s = Files.list(versions)) {
      return s.filter(p -> p.getFileName().toString().startsWith("3.13"))
          .map(p -> p.resolve("bin/python3.13"))
          .filter(p -> Files.isExecutable(p) && works(p, check))
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }
}
