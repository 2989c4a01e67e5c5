package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** What the test rules need to know about classes, methods and the names a file mentions. */
final class TestClasses {
  private TestClasses() {}

  private static final int MAX_BASE_DEPTH = 8;
  private static final Object MENTIONED = new Object();

  /**
   * Whether {@code cls} derives from a unittest-style test case: a base whose dotted name ends
   * in {@code TestCase} (unittest's, Django's, asyncio's...), directly or through classes of
   * this file.
   */
  static boolean isTestCase(SemanticModel model, Ast.ClassDef cls) {
    return isTestCase(model, cls, MAX_BASE_DEPTH);
  }

  private static boolean isTestCase(SemanticModel model, Ast.ClassDef cls, int depth) {
    if (depth == 0) {
      return false;
    }
    for (Ast.ExprNode base : cls.bases()) {
      String q = QualifiedNames.of(model, base);
      if (q != null) {
        if (q.endsWith("TestCase")) {
          return true;
        }
        continue;
      }
      if (base instanceof Ast.Name n) {
        Binding b = model.bindingOf(n);
        if (b != null && b.kind() == Binding.Kind.CLASS && b.source() instanceof Ast.ClassDef local
            && local != cls && isTestCase(model, local, depth - 1)) {
          return true;
        }
      } else if (base instanceof Ast.Attribute a && a.attr().endsWith("TestCase")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The names this file mentions other than by definition: attribute names, loaded names, and
   * short string constants (test names passed to a suite or a loader). A method named in this
   * set is called or looked up somewhere, so its author knows it is not collected by name.
   */
  static Set<String> mentioned(ParsedFile file) {
    return file.derived(MENTIONED, f -> {
      Set<String> out = new HashSet<>();
      Ast.Module module = f.parse().module();
      if (module == null) {
        return out;
      }
      Deque<Ast.Node> stack = new ArrayDeque<>();
      stack.push(module);
      while (!stack.isEmpty()) {
        Ast.Node n = stack.pop();
        if (n instanceof Ast.Attribute a) {
          out.add(a.attr());
        } else if (n instanceof Ast.Name name && name.ctx() == Ast.ExprContext.Load) {
          out.add(name.id());
        } else if (n instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s
            && s.value().length() <= 100) {
          for (String part : s.value().split("[^A-Za-z0-9_]+")) {
            out.add(part);
          }
        }
        AstChildren.push(n, stack);
      }
      return out;
    });
  }

  /** Whether {@code body} calls {@code self.assert...(...)} / {@code self.fail(...)} or has an assert statement. */
  static boolean asserts(List<Ast.StmtNode> body, boolean countAssertStatements) {
    Deque<Ast.Node> stack = new ArrayDeque<>(body);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Assert && countAssertStatements) {
        return true;
      }
      if (n instanceof Ast.Call c && c.func() instanceof Ast.Attribute a
          && a.value() instanceof Ast.Name self && self.id().equals("self")
          && (a.attr().startsWith("assert") || a.attr().equals("fail"))) {
        return true;
      }
      AstChildren.push(n, stack);
    }
    return false;
  }

  /**
   * The methods of {@code cls} whose names {@code candidate} accepts, in source order, or an empty
   * list when the class is not a test case. The class's bases are resolved only when some method
   * is a candidate: most classes have none, and resolving costs more than matching names.
   */
  static List<Ast.StmtNode> candidateMethods(ParsedFile file, Ast.ClassDef cls, Predicate<String> candidate) {
    if (cls.bases().isEmpty()) {
      return List.of();
    }
    List<Ast.StmtNode> found = new ArrayList<>();
    for (Ast.StmtNode def : methods(cls)) {
      if (candidate.test(name(def))) {
        found.add(def);
      }
    }
    if (found.isEmpty() || !isTestCase(ExpertModel.of(file), cls)) {
      return List.of();
    }
    return found;
  }

  /** The methods defined directly in a class body. */
  static List<Ast.StmtNode> methods(Ast.ClassDef cls) {
    return cls.body().stream()
        .filter(s -> s instanceof Ast.FunctionDef || s instanceof Ast.AsyncFunctionDef)
        .toList();
  }

  static String name(Ast.StmtNode def) {
    return def instanceof Ast.FunctionDef f ? f.name() : ((Ast.AsyncFunctionDef) def).name();
  }

  static Ast.Arguments args(Ast.StmtNode def) {
    return def instanceof Ast.FunctionDef f ? f.args() : ((Ast.AsyncFunctionDef) def).args();
  }

  static List<Ast.StmtNode> body(Ast.StmtNode def) {
    return def instanceof Ast.FunctionDef f ? f.body() : ((Ast.AsyncFunctionDef) def).body();
  }

  static List<Ast.ExprNode> decorators(Ast.StmtNode def) {
    return def instanceof Ast.FunctionDef f ? f.decoratorList() : ((Ast.AsyncFunctionDef) def).decoratorList();
  }

  /** Whether the method takes nothing but its first parameter (others all have defaults). */
  static boolean takesOnlySelf(Ast.StmtNode def) {
    Ast.Arguments a = args(def);
    int positional = a.posonlyargs().size() + a.args().size();
    if (positional == 0) {
      return false;
    }
    int required = positional - a.defaults().size();
    if (required > 1) {
      return false;
    }
    for (int i = 0; i < a.kwonlyargs().size(); i++) {
      if (a.kwDefaults().get(i) == null) {
        return false;
      }
    }
    return true;
  }
}
