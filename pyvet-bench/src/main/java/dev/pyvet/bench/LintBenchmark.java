package dev.pyvet.bench;

import dev.pyvet.core.check.FileChecker;
import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.rule.DefaultSelection;
import dev.pyvet.core.rule.RuleEngine;
import dev.pyvet.core.rule.RuleOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded time to check every file of the CPython 3.13 standard library from its bytes
 * in memory, as {@code pyvet check --select SELECT --max-line-length 79} does per file after
 * reading it: decode, tokenize, parse, read noqa comments, run the selected rules. One operation
 * is one pass over all files, so the score is milliseconds per stdlib; the difference from
 * {@link SyntaxBenchmark#decodeAndParse} is the rules' cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx2g"})
public class LintBenchmark {
  /**
   * The codes to select, joined with '+' (JMH splits -p values at commas): E+W+F stands for
   * {@code --select E,W,F}. The F codes select nothing until pyvet has them.
   */
  @Param({"E+W+F", "E+W"})
  public String select;

  private StdlibCorpus corpus;
  private List<FileToCheck> files;
  private FileChecker checker;

  @Setup
  public void load() {
    corpus = StdlibCorpus.load();
    System.out.println("\ncorpus: " + corpus.describe());
    files = new ArrayList<>();
    for (Path p : corpus.paths()) {
      files.add(new FileToCheck(p.toString(), p));
    }
    CodeSelection selection = CodeSelection.flake8(List.of(select.split("\\+")), null,
        DefaultSelection.DEFAULT_IGNORE);
    checker = new FileChecker(selection,
        List.of(RuleEngine.forSelection(selection::isSelected, RuleOptions.DEFAULTS)));
  }

  @Benchmark
  public void lint(Blackhole bh) {
    List<byte[]> bytes = corpus.bytes();
    for (int i = 0; i < bytes.size(); i++) {
      bh.consume(checker.check(files.get(i), bytes.get(i)));
    }
  }
}
