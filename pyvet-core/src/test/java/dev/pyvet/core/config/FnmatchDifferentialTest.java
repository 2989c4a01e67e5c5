package dev.pyvet.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Fnmatch} against python3.13's {@code fnmatch.fnmatchcase} on generated pairs. */
class FnmatchDifferentialTest {
  @TempDir Path tmp;

  private static final String PATTERN_CHARS = "ab/.*?[]!-";
  private static final String NAME_CHARS = "ab/.-[]!";

  @Test
  void matchesLikePython() throws IOException, InterruptedException {
    Path python = Python313.find();
    assumeTrue(python != null, "python3.13 not found on PATH or under ~/.pyenv/versions: skipped");
    Random random = new Random(7);
    List<String[]> pairs = new ArrayList<>();
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      String pattern = random(random, PATTERN_CHARS, 7);
      String name = random(random, NAME_CHARS, 8);
      pairs.add(new String[] {name, pattern});
      input.append(name).append('\t').append(pattern).append('\n');
    }
    Path in = tmp.resolve("pairs.txt");
    Files.writeString(in, input, StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(python.toString(), "-c",
        "import fnmatch, sys\n"
            + "for line in open(sys.argv[1], encoding='utf-8').read().split('\\n')[:-1]:\n"
            + "    n, pat = line.split('\\t')\n"
            + "    print(int(fnmatch.fnmatchcase(n, pat)))\n",
        in.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> expected = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
        .lines().toList();
    assertThat(p.waitFor()).isZero();
    assertThat(expected).hasSize(pairs.size());
    int matches = 0;
    for (int i = 0; i < pairs.size(); i++) {
      boolean actual = Fnmatch.matches(pairs.get(i)[0], pairs.get(i)[1]);
      assertThat(actual ? "1" : "0").as("name %s pattern %s", pairs.get(i)[0], pairs.get(i)[1])
          .isEqualTo(expected.get(i));
      matches += actual ? 1 : 0;
    }
    assertThat(matches).isBetween(200, pairs.size() - 200);
  }

  private static String random(Random r, String alphabet, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
