package dev.pyvet.core.discovery;

import dev.pyvet.core.diagnostic.Codes;
import dev.pyvet.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the Python files to check under the paths a user gave.
 *
 * <p>Named files are always taken, whatever their extension. Directories are walked in sorted
 * order, taking {@code .py} and {@code .pyi} files, skipping the usual tool and environment
 * directories ({@link #EXCLUDED_DIRECTORIES}) and whatever git would ignore: {@code .gitignore}
 * files inside the walked directory and, when it lies in a git work tree, those between the work
 * tree's top and it, and the repository's {@code .git/info/exclude}. Symbolic links are followed;
 * a directory reached twice (a link loop) is walked once.
 */
public final class FileDiscovery {

  /** Directory names never walked into (unless named explicitly). */
  public static final Set<String> EXCLUDED_DIRECTORIES =
      Set.of(
          ".git", ".hg", ".svn", ".venv", "venv", "__pycache__", ".tox", ".nox", ".eggs", "build",
          "dist", "node_modules");

  /** What discovery found: files to check, and problems with directories it could not list. */
  public record Result(List<FileToCheck> files, List<Diagnostic> problems) {}

  private final Path workingDirectory;
  private final java.util.function.Predicate<String> excluded;

  public FileDiscovery(Path workingDirectory) {
    this(workingDirectory, path -> false);
  }

  /**
   * @param excluded given a path as it would be displayed (an argument, or a walked file or
   *     directory), whether to leave it out, as flake8's {@code --exclude}: an excluded
   *     directory is not walked, and even an argument can be excluded
   */
  public FileDiscovery(Path workingDirectory, java.util.function.Predicate<String> excluded) {
    this.workingDirectory = workingDirectory.toAbsolutePath();
    this.excluded = excluded;
  }

  public Result discover(List<String> arguments) {
    List<FileToCheck> files = new ArrayList<>();
    List<Diagnostic> problems = discover(arguments, files::add);
    // One order whatever the arguments' order, the same as the findings' order.
    files.sort(Comparator.comparing(FileToCheck::displayPath));
    return new Result(files, problems);
  }

  /**
   * Hands each file to {@code sink} as soon as it is found (once, even if named twice), so that
   * checking can start while the walk goes on.
   *
   * @return problems with directories that could not be listed
   */
  public List<Diagnostic> discover(List<String> arguments, Consumer<FileToCheck> sink) {
    List<Diagnostic> problems = new ArrayList<>();
    Set<Path> visitedDirectories = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Consumer<FileToCheck> once =
        f -> {
          if (seen.add(f.displayPath())) {
            sink.accept(f);
          }
        };
    for (String argument : arguments) {
      if (excluded.test(argument)) {
        continue;
      }
      Path path = workingDirectory.resolve(argument);
      if (Files.isDirectory(path)) {
        walk(argument, path, visitedDirectories, once, problems);
      } else {
        // Missing and unreadable files are reported when they are read.
        once.accept(new FileToCheck(argument, path));
      }
    }
    return problems;
  }

  public static boolean isPythonFileName(String name) {
    return name.endsWith(".py") || name.endsWith(".pyi");
  }

  private record Frame(String display, Path path, Path logical, IgnoreScope ignores) {}

  private void walk(
      String display,
      Path root,
      Set<Path> visited,
      Consumer<FileToCheck> files,
      List<Diagnostic> problems) {
    Path logicalRoot = root.normalize();
    Deque<Frame> stack = new ArrayDeque<>();
    stack.push(new Frame(display, root, logicalRoot, enclosingIgnores(logicalRoot)));
    while (!stack.isEmpty()) {
      Frame frame = stack.pop();
      if (!firstVisit(frame.path, visited)) {
        continue;
      }
      List<String> names;
      try {
        names = list(frame.path);
      } catch (IOException e) {
        problems.add(
            new Diagnostic(frame.display, 0, 1, Codes.IO_ERROR, IoErrors.describe(e, frame.display)));
        continue;
      }
      IgnoreScope ignores = frame.ignores.enter(frame.logical);
      List<Frame> subdirectories = new ArrayList<>();
      for (String name : names) {
        Path child = frame.path.resolve(name);
        Path logicalChild = frame.logical.resolve(name);
        String childDisplay = join(frame.display, name);
        if (excluded.test(childDisplay)) {
          continue;
        }
        BasicFileAttributes attributes = attributes(child);
        if (attributes != null && attributes.isDirectory()) {
          if (!EXCLUDED_DIRECTORIES.contains(name) && !ignores.isIgnored(logicalChild, true)) {
            subdirectories.add(new Frame(childDisplay, child, logicalChild, ignores));
          }
        } else if (isPythonFileName(name)
            && (attributes == null || attributes.isRegularFile())
            && !ignores.isIgnored(logicalChild, false)) {
          // A dangling link (no attributes) is kept: reading it reports the problem. Pipes,
          // sockets and devices are left alone: reading one could block forever.
          files.accept(new FileToCheck(childDisplay, child));
        }
      }
      for (int i = subdirectories.size() - 1; i >= 0; i--) {
        stack.push(subdirectories.get(i));
      }
    }
  }

  private static boolean firstVisit(Path dir, Set<Path> visited) {
    try {
      return visited.add(dir.toRealPath());
    } catch (IOException e) {
      return visited.add(dir.toAbsolutePath().normalize());
    }
  }

  private static List<String> list(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        names.add(entry.getFileName().toString());
      }
    }
    Collections.sort(names);
    return names;
  }

  /** The attributes of what {@code path} points to, or null for a dangling link. */
  private static BasicFileAttributes attributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The ignore files that apply above {@code dir} when it lies in a git work tree: the
   * repository's {@code .git/info/exclude}, then the {@code .gitignore} files from the work
   * tree's top down to {@code dir}'s parent ({@code dir}'s own is read by the walk).
   */
  private static IgnoreScope enclosingIgnores(Path dir) {
    List<Path> chain = new ArrayList<>(); // dir, its parent, ..., up to the work tree's top
    Path top = null;
    for (Path p = dir; p != null; p = p.getParent()) {
      chain.add(p);
      if (Files.exists(p.resolve(".git"))) {
        top = p;
        break;
      }
    }
    if (top == null) {
      return IgnoreScope.EMPTY;
    }
    // A linked work tree or submodule has a .git file; its exclude file lives elsewhere.
    IgnoreScope scope = IgnoreScope.EMPTY.with(top.resolve(".git/info/exclude"), top);
    for (int i = chain.size() - 1; i >= 1; i--) {
      scope = scope.enter(chain.get(i));
    }
    return scope;
  }

  /** Joins as Python's {@code os.path.join} does, which is how flake8 prints walked paths. */
  static String join(String parent, String name) {
    if (parent.isEmpty() || parent.endsWith("/")) {
      return parent + name;
    }
    return parent + '/' + name;
  }
}
