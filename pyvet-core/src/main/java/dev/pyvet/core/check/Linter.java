package dev.pyvet.core.check;

import dev.pyvet.core.concurrent.DeepStackThreads;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileDiscovery;
import dev.pyvet.core.discovery.FileToCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a {@link FileChecker} over many files on a fixed pool of threads. */
public final class Linter {

  /** A file whose check crashed: a bug in pyvet, reported apart from the findings. */
  public record Failure(String path, Throwable cause) {}

  /** Findings sorted by path, row, column and code; failures in the order of the files. */
  public record Outcome(List<Diagnostic> diagnostics, List<Failure> failures) {}

  private final FileChecker checker;
  private final int threads;

  public Linter(FileChecker checker, int threads) {
    this.checker = checker;
    this.threads = Math.max(1, threads);
  }

  /**
   * Finds the files under {@code paths} (relative to {@code workingDirectory}) and checks them:
   * the whole of {@code pyvet check}. Directories that cannot be listed are findings too.
   */
  public Outcome checkPaths(Path workingDirectory, List<String> paths) {
    FileDiscovery.Result found = new FileDiscovery(workingDirectory).discover(paths);
    Outcome outcome = run(found.files());
    List<Diagnostic> diagnostics = new ArrayList<>(outcome.diagnostics());
    for (Diagnostic problem : found.problems()) {
      if (checker.selects(problem.code())) {
        diagnostics.add(problem);
      }
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new Outcome(diagnostics, outcome.failures());
  }

  public Outcome run(List<FileToCheck> files) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    if (files.isEmpty()) {
      return new Outcome(diagnostics, failures);
    }
    int poolSize = Math.min(threads, files.size());
    ExecutorService pool = Executors.newFixedThreadPool(poolSize, DeepStackThreads.factory("pyvet-check"));
    try {
      List<Future<List<Diagnostic>>> results = new ArrayList<>(files.size());
      for (FileToCheck file : files) {
        results.add(pool.submit(() -> checker.check(file)));
      }
      for (int i = 0; i < files.size(); i++) {
        try {
          diagnostics.addAll(results.get(i).get());
        } catch (ExecutionException e) {
          failures.add(new Failure(files.get(i).displayPath(), e.getCause()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failures.add(new Failure(files.get(i).displayPath(), e));
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    diagnostics.sort(Diagnostic.ORDER);
    return new Outcome(diagnostics, failures);
  }
}
