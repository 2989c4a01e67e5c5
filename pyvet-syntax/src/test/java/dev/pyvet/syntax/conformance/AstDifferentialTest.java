package dev.pyvet.syntax.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every file of CPython 3.13's standard library must parse to the same AST dump (positions
 * included) or fail with the same error as {@code ast.parse} does, except the files listed with a
 * reason in {@code conformance/ast-known-differences.txt}.
 *
 * <p>CPython's dumps are computed once and cached under {@code target/ast-dump-cache}, keyed by
 * the interpreter's version and each file's contents; the first run takes about half a minute
 * more.
 */
class AstDifferentialTest {
  private static final String KNOWN = "/conformance/ast-known-differences.txt";
  private static final int SHOWN = 15;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void standardLibraryParsesExactlyAsCPython() throws Exception {
    Optional<Path> python = PythonOracle.findExecutable();
    assumeTrue(python.isPresent(),
        "python3.13 not found (on PATH or under ~/.pyenv/versions/3.13*): AST differential test skipped");
    PythonOracle oracle = PythonOracle.start(python.get(), PythonOracle.findHelper());
    AstDiff diff = new AstDiff(oracle, Path.of(System.getProperty("basedir", "."), "target", "ast-dump-cache"));
    List<AstDiff.Input> inputs = diff.stdlibInputs();
    assertThat(inputs).as("stdlib files under %s", oracle.stdlib()).hasSizeGreaterThan(1000);

    AstDiff.Report report = diff.run(inputs);
    System.out.println("AstDifferentialTest: " + report.summary());

    Map<String, String> known = KnownDifferences.load(KNOWN);
    List<AstDiff.Mismatch> unexpected =
        report.mismatches().stream().filter(m -> !known.containsKey(m.name())).toList();
    Set<String> mismatched = report.mismatches().stream().map(AstDiff.Mismatch::name).collect(Collectors.toSet());
    Set<String> present = inputs.stream().map(AstDiff.Input::name).collect(Collectors.toSet());
    List<String> nowMatching =
        known.keySet().stream().filter(k -> present.contains(k) && !mismatched.contains(k)).toList();

    if (!unexpected.isEmpty() || !nowMatching.isEmpty()) {
      StringBuilder msg = new StringBuilder(report.summary()).append('\n');
      msg.append("most frequent differences:\n").append(report.topCategories(15));
      if (!unexpected.isEmpty()) {
        msg.append(unexpected.size()).append(" mismatches not in ").append(KNOWN).append(":\n");
        unexpected.stream().limit(SHOWN).forEach(m -> msg.append(m.describe()));
        if (unexpected.size() > SHOWN) {
          msg.append("... and ").append(unexpected.size() - SHOWN).append(" more (run scripts/ast-diff for all)\n");
        }
      }
      if (!nowMatching.isEmpty()) {
        msg.append("listed in ").append(KNOWN).append(" but now identical (remove them): ").append(nowMatching);
      }
      fail(msg.toString());
    }
  }
}
