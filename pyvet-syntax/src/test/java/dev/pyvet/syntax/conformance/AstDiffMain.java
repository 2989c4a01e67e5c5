package dev.pyvet.syntax.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command behind {@code scripts/ast-diff}: compares pyvet's AST dumps with CPython 3.13's for
 * the given files and folders (default: the 3.13 standard library), all in this one JVM.
 *
 * <pre>AstDiffMain --python PY313 --helper ast_dump.py --cache DIR [--limit N] [PATH...]</pre>
 *
 * Exit code 0 when every file matches, 1 when some do not, 2 when it cannot run.
 */
public final class AstDiffMain {
  private AstDiffMain() {}

  public static void main(String[] args) throws Exception {
    Path python = null;
    Path helper = null;
    Path cache = null;
    int limit = Integer.MAX_VALUE;
    List<Path> roots = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--python" -> python = Path.of(args[++i]);
        case "--helper" -> helper = Path.of(args[++i]);
        case "--cache" -> cache = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        default -> roots.add(Path.of(args[i]));
      }
    }
    if (python == null) {
      python = PythonOracle.findExecutable().orElse(null);
    }
    if (python == null || helper == null || cache == null) {
      System.err.println("usage: AstDiffMain [--python PY313] --helper ast_dump.py --cache DIR [--limit N] [PATH...]"
          + (python == null ? "\npython3.13 not found" : ""));
      System.exit(2);
    }
    PythonOracle oracle = PythonOracle.start(python, helper);
    AstDiff diff = new AstDiff(oracle, cache);

    List<AstDiff.Input> inputs = new ArrayList<>();
    if (roots.isEmpty()) {
      System.out.println("comparing with " + python + " on its standard library " + oracle.stdlib());
      inputs.addAll(diff.stdlibInputs());
    } else {
      for (Path root : roots) {
        if (!Files.exists(root)) {
          System.err.println("no such file or folder: " + root);
          System.exit(2);
        }
        for (AstDiff.Input in : AstDiff.collect(root, true)) {
          String name = Files.isDirectory(root) ? root.resolve(in.name()).toString() : in.name();
          inputs.add(new AstDiff.Input(in.file(), name));
        }
      }
    }

    long start = System.nanoTime();
    AstDiff.Report report = diff.run(inputs);
    long millis = (System.nanoTime() - start) / 1_000_000;
    int shown = 0;
    for (AstDiff.Mismatch m : report.mismatches()) {
      if (shown++ >= limit) {
        System.out.println("... " + (report.mismatches().size() - limit) + " more mismatches not shown (--limit)");
        break;
      }
      System.out.print(m.describe());
    }
    if (!report.mismatches().isEmpty()) {
      System.out.println("most frequent differences:");
      System.out.print(report.topCategories(25));
    }
    System.out.println(report.summary() + String.format(" [%.1f s]", millis / 1000.0));
    System.exit(report.mismatches().isEmpty() ? 0 : 1);
  }
}
