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

  /** Findings sorted by path, row, column and code; failures sorted by path. */
  public record Outcome(List<Diagnostic> diagnostics, List<Failure> failures) {}

  /**
   * Told as files are found and checked, from the discovering thread and the checking threads,
   * e.g. to show how far a long run is.
   */
  public interface Progress {
    Progress NONE = new Progress() {
      @Override
      public void fileFound() {}

      @Override
      public void fileChecked() {}
    };

    void fileFound();

    void fileChecked();
  }

  private final FileChecker checker;
  private final FileCheck check;
  private final int threads;
  private final Progress progress;

  public Linter(FileChecker checker, int threads) {
    this(checker, checker::check, threads, Progress.NONE);
  }

  private Linter(FileChecker checker, FileCheck check, int threads, Progress progress) {
    this.checker = checker;
    this.check = check;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  /**
   * This linter, checking each file through {@code check} (e.g. a result cache in front of the
   * checker); the checker still decides which of discovery's own findings are selected.
   */
  public Linter using(FileCheck check) {
    return new Linter(checker, check, threads, progress);
  }

  /** This linter, telling {@code progress} about each file found and checked. */
  public Linter reporting(Progress progress) {
    return new Linter(checker, check, threads, progress);
  }

  /** One file's findings, sorted here, on the checking threads, so that collecting only merges. */
  private List<Diagnostic> checkOne(FileToCheck file) {
    try {
      List<Diagnostic> found = new ArrayList<>(check.check(file));
      found.sort(Diagnostic.ORDER);
      return found;
    } finally {
      progress.fileChecked();
    }
  }

  /**
   * Finds the files under {@code paths} (relative to {@code workingDirectory}) and checks them:
   * the whole of {@code pyvet check}. Files are checked while the walk goes on. Directories that
   * cannot be listed are findings too.
   */
  public Outcome checkPaths(Path workingDirectory, List<String> paths) {
    return checkPaths(new FileDiscovery(workingDirectory), paths);
  }

  /** As {@link #checkPaths(Path, List)}, finding files with {@code discovery}. */
  public Outcome checkPaths(FileDiscovery discovery, List<String> paths) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, DeepStackThreads.factory("pyvet-check"));
    try {
      List<FileToCheck> files = new ArrayList<>();
      List<Future<List<Diagnostic>>> results = new ArrayList<>();
      List<Diagnostic> problems =
          discovery
              .discover(
                  paths,
                  file -> {
                    files.add(file);
                    progress.fileFound();
                    results.add(pool.submit(() -> checkOne(file)));
                  });
      Outcome outcome = collect(files, results);
      List<Diagnostic> diagnostics = outcome.diagnostics();
      boolean added = false;
      for (Diagnostic problem : problems) {
        if (checker.selects(problem.code())) {
          diagnostics.add(problem);
          added = true;
        }
      }
      if (added) {
        diagnostics.sort(Diagnostic.ORDER);
      }
      return new Outcome(diagnostics, outcome.failures());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks {@code files}, already found. */
  public Outcome run(List<FileToCheck> files) {
    if (files.isEmpty()) {
      return new Outcome(new ArrayList<>(), new ArrayList<>());
    }
    int poolSize = Math.min(threads, files.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(poolSize, DeepStackThreads.factory("pyvet-check"));
    try {
      List<Future<List<Diagnostic>>> results = new ArrayList<>(files.size());
      for (FileToCheck file : files) {
        progress.fileFound();
        results.add(pool.submit(() -> checkOne(file)));
      }
      return collect(files, results);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits for the checks and joins their findings, already sorted per file, in the order of the
   * files' paths: the same order as sorting them all, without sorting 100,000 findings on one
   * thread at the end of a run. Only a path named twice needs the full sort (its two lists
   * interleave).
   */
  private static Outcome collect(List<FileToCheck> files, List<Future<List<Diagnostic>>> results) {
    List<List<Diagnostic>> perFile = new ArrayList<>(files.size());
    List<Failure> failures = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < files.size(); i++) {
      try {
        List<Diagnostic> found = results.get(i).get();
        perFile.add(found);
        total += found.size();
      } catch (ExecutionException e) {
        perFile.add(List.of());
        failures.add(new Failure(files.get(i).displayPath(), e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        perFile.add(List.of());
        failures.add(new Failure(files.get(i).displayPath(), e));
        break;
      }
    }
    Integer[] order = new Integer[perFile.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> files.get(i).displayPath()));
    List<Diagnostic> diagnostics = new ArrayList<>(total);
    boolean samePathTwice = false;
    for (int k = 0; k < order.length; k++) {
      diagnostics.addAll(perFile.get(order[k]));
      samePathTwice |= k > 0
          && files.get(order[k]).displayPath().equals(files.get(order[k - 1]).displayPath());
    }
    if (samePathTwice) {
      diagnostics.sort(Diagnostic.ORDER);
    }
    failures.sort(java.util.Comparator.comparing(Failure::path));
    return new Outcome(diagnostics, failures);
  }
}
