package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Where a node stands, for the rules that only judge code in some places: inside an
 * {@code except} handler, under an {@code if __name__ == "__main__":} guard or a function called
 * main, or in a module of an importable package (library code) as opposed to a script, a test or
 * a command-line front-end.
 */
final class Places {
  private Places() {}

  private static final Object LIBRARY_KEY = new Object();

  private static final Set<String> NON_LIBRARY_DIRS = Set.of(
      "test", "tests", "testing", "scripts", "script", "bin", "tools", "examples", "example",
      "docs", "doc", "demo", "demos", "benchmarks", "bench", "samples", "idle_test");

  private static final Set<String> CLI_MODULES = Set.of(
      "argparse", "optparse", "getopt", "click", "typer", "docopt", "fire");

  /**
   * The {@code except} handler whose body holds {@code node} in the same function (a def, lambda
   * or class between them ends the search), or null.
   */
  static Ast.ExceptHandler enclosingHandler(SemanticModel model, Ast.Node node) {
    Ast.Node child = node;
    for (Ast.Node p = model.parentOf(node); p != null; child = p, p = model.parentOf(p)) {
      if (p instanceof Ast.ExceptHandler h && h.body().contains(child)) {
        return h;
      }
      if (isScopeBoundary(p)) {
        return null;
      }
    }
    return null;
  }

  /** The nearest enclosing def (sync or async), or null at module or class level. */
  static Ast.StmtNode enclosingFunction(SemanticModel model, Ast.Node node) {
    for (Ast.Node p = model.parentOf(node); p != null; p = model.parentOf(p)) {
      if (p instanceof Ast.FunctionDef || p instanceof Ast.AsyncFunctionDef) {
        return (Ast.StmtNode) p;
      }
    }
    return null;
  }

  static String functionName(Ast.StmtNode def) {
    return switch (def) {
      case Ast.FunctionDef f -> f.name();
      case Ast.AsyncFunctionDef f -> f.name();
      default -> null;
    };
  }

  static boolean isScopeBoundary(Ast.Node n) {
    return n instanceof Ast.FunctionDef || n instanceof Ast.AsyncFunctionDef
        || n instanceof Ast.Lambda || n instanceof Ast.ClassDef;
  }

  /**
   * Whether {@code node} runs only when the module is run as a program: under an
   * {@code if __name__ == "__main__":} guard, or in a function named {@code main} or {@code _main}
   * at any depth.
   */
  static boolean inEntryPoint(SemanticModel model, Ast.Node node) {
    Ast.Node child = node;
    for (Ast.Node p = model.parentOf(node); p != null; child = p, p = model.parentOf(p)) {
      if (p instanceof Ast.If i && isMainGuard(i.test()) && i.body().contains(child)) {
        return true;
      }
      if (p instanceof Ast.StmtNode s && isMainName(functionName(s))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code node} sits in the body of an {@code if} that tests a plain flag
   * ({@code if debug:}, {@code if self.break_on_parse:}) or anything spelled with "debug"
   * ({@code if self.debuglevel > 0:}): code someone switches on deliberately.
   */
  static boolean behindFlag(SemanticModel model, Ast.Node node) {
    Ast.Node child = node;
    for (Ast.Node p = model.parentOf(node); p != null; child = p, p = model.parentOf(p)) {
      if (p instanceof Ast.If i && i.body().contains(child) && isFlagTest(i.test())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFlagTest(Ast.ExprNode test) {
    if (test instanceof Ast.Name || test instanceof Ast.Attribute) {
      return true;
    }
    java.util.ArrayDeque<Ast.Node> stack = new java.util.ArrayDeque<>();
    stack.push(test);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      String id = n instanceof Ast.Name name ? name.id() : n instanceof Ast.Attribute a ? a.attr() : null;
      if (id != null && id.toLowerCase(Locale.ROOT).contains("debug")) {
        return true;
      }
      dev.pyvet.syntax.ast.AstChildren.push(n, stack);
    }
    return false;
  }

  private static boolean isMainName(String name) {
    return name != null && (name.equals("main") || name.equals("_main"));
  }

  /** {@code __name__ == "__main__"}, either way round, alone or as one operand of an {@code and}. */
  static boolean isMainGuard(Ast.ExprNode test) {
    if (test instanceof Ast.BoolOp b && b.op() == Ast.BoolOpKind.And) {
      for (Ast.ExprNode v : b.values()) {
        if (isMainGuard(v)) {
          return true;
        }
      }
      return false;
    }
    if (!(test instanceof Ast.Compare c) || c.ops().size() != 1 || c.ops().get(0) != Ast.CmpOpKind.Eq) {
      return false;
    }
    Ast.ExprNode a = c.left();
    Ast.ExprNode b = c.comparators().get(0);
    return (isDunderName(a) && isString(b, "__main__")) || (isDunderName(b) && isString(a, "__main__"));
  }

  private static boolean isDunderName(Ast.ExprNode e) {
    return e instanceof Ast.Name n && n.id().equals("__name__");
  }

  static boolean isString(Ast.ExprNode e, String value) {
    return e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s && s.value().equals(value);
  }

  /**
   * Whether the file is a module of an importable package that is not a script, a test or a
   * command-line front-end: it is an {@code __init__.py} or has one beside it; no directory on its
   * path is a test, script, tool, example or documentation directory; its name is not
   * {@code __main__.py}, {@code setup.py}, {@code conftest.py} or a test module's; it has no
   * module-level {@code if __name__ == "__main__":} guard and imports no argument parser.
   */
  static boolean isLibraryModule(ParsedFile file) {
    return file.derived(LIBRARY_KEY, Places::computeLibrary);
  }

  /**
   * Whether the file's path marks it as a test, a script, a tool, an example or documentation:
   * by a directory on its path or by its name ({@code __main__.py}, {@code setup.py},
   * {@code conftest.py}, {@code test_*.py}, {@code *_test.py}, {@code tests.py}).
   */
  static boolean isTestScriptOrTool(ParsedFile file) {
    Path path = file.file().path();
    Path name = path.getFileName();
    if (name == null) {
      return true;
    }
    String fileName = name.toString();
    if (fileName.equals("__main__.py") || fileName.equals("setup.py") || fileName.equals("conftest.py")
        || fileName.startsWith("test_") || fileName.endsWith("_test.py") || fileName.equals("tests.py")) {
      return true;
    }
    for (Path segment : path) {
      if (NON_LIBRARY_DIRS.contains(segment.toString().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean computeLibrary(ParsedFile file) {
    if (isTestScriptOrTool(file)) {
      return false;
    }
    Path path = file.file().path();
    String fileName = path.getFileName().toString();
    if (!fileName.equals("__init__.py")) {
      Path dir = path.toAbsolutePath().getParent();
      if (dir == null || !Files.isRegularFile(dir.resolve("__init__.py"))) {
        return false;
      }
    }
    Ast.Module module = file.parse().module();
    if (module == null) {
      return false;
    }
    for (Ast.StmtNode s : module.body()) {
      if (s instanceof Ast.If i && isMainGuard(i.test())) {
        return false;
      }
      if (s instanceof Ast.Import imp) {
        for (Ast.Alias a : imp.names()) {
          if (CLI_MODULES.contains(topLevel(a.name()))) {
            return false;
          }
        }
      }
      if (s instanceof Ast.ImportFrom from && from.level() == 0 && from.module() != null
          && CLI_MODULES.contains(topLevel(from.module()))) {
        return false;
      }
    }
    return true;
  }

  private static String topLevel(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }

  /** Whether {@code call}'s callee is one of the dotted {@code names}, through imports. */
  static boolean calls(SemanticModel model, Ast.Call call, Set<String> names) {
    String q = QualifiedNames.ofCall(model, call);
    return q != null && names.contains(q);
  }
}
