package dev.pyvet.bench;

import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Single-threaded time to tokenize, and to parse (tokenizing included), the whole CPython 3.13
 * standard library held in memory. One operation is one pass over all files, so the score is
 * milliseconds per stdlib.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx2g"})
public class SyntaxBenchmark {
  private StdlibCorpus corpus;
  private List<SourceText> sources;

  @Setup(Level.Trial)
  public void load() {
    corpus = StdlibCorpus.load();
    System.out.println("\ncorpus: " + corpus.describe());
  }

  @Setup(Level.Iteration)
  public void freshSources() {
    sources = corpus.sources();
  }

  @Benchmark
  public void tokenize(Blackhole bh) {
    for (SourceText s : sources) {
      bh.consume(Tokenizer.tokenize(s));
    }
  }

  @Benchmark
  public void parse(Blackhole bh) {
    for (SourceText s : sources) {
      ParseResult r = Parser.parse(s);
      bh.consume(r);
    }
  }
}
