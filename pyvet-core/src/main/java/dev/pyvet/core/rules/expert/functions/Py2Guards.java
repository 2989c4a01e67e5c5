package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where Python 2 constructs are expected and not a porting leftover: code that runs only on
 * Python 2 (under a version test, in a module that computes a version flag), code that probes
 * for a name on purpose ({@code try: unicode / except NameError}), and tests that assert the
 * call fails ({@code with self.assertRaises(...)}, {@code pytest.raises}).
 */
final class Py2Guards {
  /** Module-level names that compatibility modules (six and its copies) compute. */
  private static final Pattern VERSION_FLAG =
      Pattern.compile("(IS_)?(PY|PYTHON|PY_)(2|3)\\w*|PY2K|PY3K|string_types|text_type");
  private static final Pattern VERSION_TEST =
      Pattern.compile("(?s).*(version|\\b(IS_)?(PY|PYTHON|PY_)[23]\\w*\\b|PY[23]K).*");
  private static final Set<String> PROBES = Set.of("builtins.NameError", "builtins.Exception",
      "builtins.BaseException", "builtins.AttributeError");

  private Py2Guards() {}

  /** Whether the module binds a Python-version flag, so it is written for both versions. */
  static boolean isCompatibilityModule(SemanticModel model) {
    for (String name : model.moduleScope().bindings().keySet()) {
      if (VERSION_FLAG.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code node} sits under a version test, a probing try, or an expected failure. */
  static boolean guarded(SemanticModel model, ParsedFile file, Ast.Node node) {
    Ast.Node child = node;
    for (Ast.Node p = model.parentOf(node); p != null; child = p, p = model.parentOf(p)) {
      Ast.Node inner = child;
      switch (p) {
        case Ast.Try t when t.body().contains(inner) -> {
          for (Ast.ExceptHandlerNode h : t.handlers()) {
            Ast.ExprNode type = ((Ast.ExceptHandler) h).type();
            if (type == null || catches(model, type)) {
              return true;
            }
          }
        }
        case Ast.If i when testsVersion(file, i.test()) -> {
          return true;
        }
        case Ast.IfExp i when testsVersion(file, i.test()) -> {
          return true;
        }
        case Ast.With w when expectsFailure(w.items()) -> {
          return true;
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean expectsFailure(java.util.List<Ast.WithItem> items) {
    for (Ast.WithItem item : items) {
      if (item.contextExpr() instanceof Ast.Call c && c.func() instanceof Ast.Attribute a
          && (a.attr().startsWith("assertRaises") || a.attr().equals("raises"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean catches(SemanticModel model, Ast.ExprNode type) {
    if (type instanceof Ast.Tuple t) {
      for (Ast.ExprNode e : t.elts()) {
        if (catches(model, e)) {
          return true;
        }
      }
      return false;
    }
    String q = QualifiedNames.of(model, type);
    return q != null && PROBES.contains(q);
  }

  private static boolean testsVersion(ParsedFile file, Ast.ExprNode test) {
    int start = file.source().lines().lineStart(test.lineno()) + Syntax.column(file, test);
    int end = file.source().lines().lineStart(test.endLineno())
        + AstRule.charColumn(file, test.endLineno(), test.endColOffset());
    return VERSION_TEST.matcher(file.source().text().substring(start, Math.max(start, end)))
        .matches();
  }
}
