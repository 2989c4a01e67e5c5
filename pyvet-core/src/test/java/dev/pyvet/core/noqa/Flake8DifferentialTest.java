package dev.pyvet.core.noqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Compares noqa handling with a real flake8 (the first {@code flake8} on PATH), when there is
 * one: skipped otherwise. Only findings both tools report under {@code --disable-noqa} are
 * compared, so differences between pycodestyle versions do not count: each of them must be
 * silenced by pyvet exactly when flake8 silences it.
 */
class Flake8DifferentialTest {

  private static Path flake8() {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "flake8");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  private static List<String> run(Path flake8, Path dir, boolean disableNoqa) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(flake8.toString(), "--select", "E,W", "-j", "1"));
    if (disableNoqa) {
      cmd.add("--disable-noqa");
    }
    cmd.add(".");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false).start();
    byte[] out = p.getInputStream().readAllBytes();
    p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("flake8 exit status").isIn(0, 1);
    return new String(out, StandardCharsets.UTF_8).lines().sorted().toList();
  }

  @Test
  void silencesWhatFlake8Silences() throws Exception {
    Path flake8 = flake8();
    assumeTrue(flake8 != null, "flake8 is not on PATH (e.g. apt-get install flake8): skipped");
    Path dir = NoqaFixturesTest.fixtures();
    Set<String> theirsAll = new HashSet<>(run(flake8, dir, true));
    Set<String> theirsKept = new HashSet<>(run(flake8, dir, false));
    List<String> oursAll = NoqaFixturesTest.pyvet(dir, false);
    Set<String> oursKept = new HashSet<>(NoqaFixturesTest.pyvet(dir, true));
    List<String> compared = oursAll.stream().filter(theirsAll::contains).toList();
    assertThat(compared).as("findings both report").hasSizeGreaterThan(50);
    List<String> disagreements = new ArrayList<>();
    for (String finding : compared) {
      if (theirsKept.contains(finding) != oursKept.contains(finding)) {
        disagreements.add((oursKept.contains(finding) ? "pyvet keeps, flake8 silences: " : "pyvet silences, flake8 keeps: ") + finding);
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
