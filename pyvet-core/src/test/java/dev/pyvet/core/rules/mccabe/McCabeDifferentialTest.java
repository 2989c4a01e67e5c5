package dev.pyvet.core.rules.mccabe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyvet.core.testing.StdlibSample;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.testing.Python313;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Python313.require();
    Path oracle = findMccabePython();
    assumeTrue(oracle != null, "no python3 on PATH can import mccabe (apt-get install python3-mccabe): skipped");
    List<Path> sample = StdlibSample.everyNth(SAMPLE_EVERY);
    Map<String, List<String>> expected = StdlibSample.byPath(
        run(List.of(oracle.toString(), "-c", ORACLE), StdlibSample.asInput(sample)));
    int files = 0;
    int graphs = 0;
    for (Path p : sample) {
      String key = p.toString();
      if (expected.containsKey(key) && expected.get(key) == null) {
        continue; // the oracle's older Python cannot parse it
      }
      ParseResult parse = StdlibSample.parse(p);
      if (parse == null || parse.error() != null) {
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
}
