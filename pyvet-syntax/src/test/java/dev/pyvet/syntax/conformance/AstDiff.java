package dev.pyvet.syntax.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Compares pyvet's parse of Python files with CPython 3.13's: the AST dumps with positions, or
 * the syntax errors. CPython's outcomes are cached by file contents, so only new or changed files
 * cost an interpreter run.
 */
public final class AstDiff {
  private static final int CONTEXT = 100;

  /** One file to compare; {@code name} is how reports and the known-differences list call it. */
  public record Input(Path file, String name) {}

  /**
   * A file where pyvet differs from CPython. Only the context of the difference is kept, not the
   * dumps, which can be megabytes each.
   */
  public record Mismatch(String name, boolean crash, String category, String details) {

    static Mismatch of(String name, Outcome python, Outcome pyvet) {
      String a = python.text();
      String b = pyvet.text();
      int at = firstDifference(a, b);
      String details = "  first difference at char " + at + " of the dumps\n"
          + "  python: " + clip(a, at) + "\n"
          + "  pyvet:  " + clip(b, at) + "\n"
          + "          " + " ".repeat(Math.min(at, CONTEXT) + (at > CONTEXT ? 3 : 0)) + "^\n";
      return new Mismatch(name, false, AstDiff.category(python, pyvet, at), details);
    }

    static Mismatch ofCrash(String name, Outcome python, Throwable crash) {
      StringBuilder sb = new StringBuilder();
      sb.append("  python: ").append(clip(python.text(), 0)).append('\n');
      sb.append("  pyvet crashed: ").append(crash).append('\n');
      StackTraceElement[] trace = crash.getStackTrace();
      // The parser's frames, down to the harness; a stack overflow shows its top 12.
      for (int i = 0; i < Math.min(12, trace.length); i++) {
        sb.append("      at ").append(trace[i]).append('\n');
        if (trace[i].getClassName().startsWith(AstDiff.class.getPackageName())) {
          break;
        }
      }
      String category = "pyvet crash: " + crash.getClass().getSimpleName()
          + (crash.getMessage() == null ? "" : ": " + crash.getMessage().lines().findFirst().orElse(""))
          + (trace.length > 0 ? " at " + trace[0] : "");
      return new Mismatch(name, true, category, sb.toString());
    }

    /** The path and the first differing position of the two outcomes, with context. */
    public String describe() {
      return "MISMATCH " + name + "\n" + details;
    }
  }

  /** The outcome of a run. */
  public record Report(int files, int identicalDumps, int matchingErrors, List<Mismatch> mismatches) {
    public int identical() {
      return identicalDumps + matchingErrors;
    }

    /** How many mismatches each kind of difference has, most frequent first. */
    public List<Map.Entry<String, Long>> categories() {
      return mismatches.stream()
          .collect(Collectors.groupingBy(Mismatch::category, Collectors.counting()))
          .entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .toList();
    }

    /** The {@code n} most frequent kinds of difference, one a line. */
    public String topCategories(int n) {
      StringBuilder sb = new StringBuilder();
      for (Map.Entry<String, Long> e : categories().stream().limit(n).toList()) {
        sb.append(String.format("%6d  %s%n", e.getValue(), e.getKey()));
      }
      return sb.toString();
    }

    public String summary() {
      long crashes = mismatches.stream().filter(Mismatch::crash).count();
      return String.format(
          "%,d files: %,d identical (%,d ASTs, %,d errors matched), %,d mismatched (%,d pyvet crashes)",
          files, identical(), identicalDumps, matchingErrors, mismatches.size(), crashes);
    }
  }

  private final PythonOracle oracle;
  private final Path cacheDir;

  public AstDiff(PythonOracle oracle, Path cacheRoot) {
    this.oracle = oracle;
    this.cacheDir = oracle.cacheDir(cacheRoot);
  }

  /** The .py files under the standard library, site-packages left out. */
  public List<Input> stdlibInputs() {
    return collect(oracle.stdlib(), true);
  }

  /**
   * The .py files of {@code root} (a file or a folder, walked in sorted order), named relative to
   * it; {@code __pycache__} folders and, if asked, site-packages are skipped.
   */
  public static List<Input> collect(Path root, boolean skipSitePackages) {
    if (Files.isRegularFile(root)) {
      return List.of(new Input(root, root.toString()));
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".py"))
          .filter(Files::isRegularFile)
          .filter(p -> {
            for (Path part : root.relativize(p)) {
              String s = part.toString();
              if (s.equals("__pycache__") || (skipSitePackages && s.equals("site-packages"))) {
                return false;
              }
            }
            return true;
          })
          .sorted()
          .map(p -> new Input(p, root.relativize(p).toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares every input; CPython runs once for the inputs not yet cached. */
  public Report run(List<Input> inputs) throws IOException {
    Files.createDirectories(cacheDir);
    String[] keys = new String[inputs.size()];
    IntStream.range(0, inputs.size()).parallel().forEach(i -> keys[i] = sha256(read(inputs.get(i).file())));
    List<Path> missing = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (!Files.exists(entry(keys[i]))) {
        missing.add(inputs.get(i).file());
      }
    }
    oracle.dumpInto(cacheDir, missing);

    Mismatch[] mismatches = new Mismatch[inputs.size()];
    boolean[] errors = new boolean[inputs.size()];
    IntStream.range(0, inputs.size()).parallel().forEach(i -> {
      Input input = inputs.get(i);
      Outcome python = Outcome.ofPythonEntry(readEntry(keys[i]));
      errors[i] = python instanceof Outcome.Error;
      Outcome pyvet;
      try {
        pyvet = Outcome.ofPyvet(read(input.file()));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        mismatches[i] = Mismatch.ofCrash(input.name(), python, e);
        return;
      }
      if (!Outcome.matches(python, pyvet)) {
        mismatches[i] = Mismatch.of(input.name(), python, pyvet);
      }
    });

    List<Mismatch> list = Stream.of(mismatches).filter(Objects::nonNull).toList();
    int matchingErrors = 0;
    for (int i = 0; i < errors.length; i++) {
      if (errors[i] && mismatches[i] == null) {
        matchingErrors++;
      }
    }
    return new Report(inputs.size(), inputs.size() - list.size() - matchingErrors, matchingErrors, list);
  }

  private Path entry(String key) {
    return cacheDir.resolve(key + ".gz");
  }

  private String readEntry(String key) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(entry(key)), 1 << 16)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read CPython's dump " + entry(key), e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A short name for the kind of difference, to group mismatches: for differing dumps the node
   * and field where they part ({@code Constant.end_col_offset}), found by a heuristic scan.
   */
  static String category(Outcome python, Outcome pyvet, int at) {
    if (python instanceof Outcome.Error e && pyvet instanceof Outcome.Dump) {
      return "pyvet accepts what CPython rejects: " + e.kind();
    }
    if (python instanceof Outcome.Dump && pyvet instanceof Outcome.Error e) {
      return "pyvet rejects what CPython accepts: " + e.kind() + ": " + e.message();
    }
    if (python instanceof Outcome.Error) {
      return "different error";
    }
    String dump = python.text();
    int eq = dump.lastIndexOf('=', Math.min(at, dump.length() - 1));
    if (eq < 0) {
      return "dump differs";
    }
    int f = eq;
    while (f > 0 && (Character.isLetterOrDigit(dump.charAt(f - 1)) || dump.charAt(f - 1) == '_')) {
      f--;
    }
    String field = dump.substring(f, eq);
    int depth = 0;
    int open = -1;
    for (int i = f - 1; i >= 0; i--) {
      char c = dump.charAt(i);
      if (c == ')' || c == ']') {
        depth++;
      } else if (c == '(' || c == '[') {
        if (depth > 0) {
          depth--;
        } else if (c == '(') {
          open = i;
          break;
        }
      }
    }
    int n = open;
    while (n > 0 && (Character.isLetterOrDigit(dump.charAt(n - 1)) || dump.charAt(n - 1) == '_')) {
      n--;
    }
    String node = open < 0 ? "?" : dump.substring(n, open);
    return "dump differs at " + node + "." + field;
  }

  static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  /** The text around {@code at}, on one line. */
  static String clip(String s, int at) {
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(s.length(), at + CONTEXT);
    return (from > 0 ? "..." : "") + s.substring(from, to).replace('\n', ' ') + (to < s.length() ? "..." : "");
  }
}
