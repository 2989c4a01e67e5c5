package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.Scope;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV206",
    name = "python2-builtin",
    family = "expert",
    summary = "An undefined name that was a Python 2 builtin (xrange, unicode, basestring...).",
    defaultEnabled = true)
public final class Python2Builtin implements AstRule {
  /** Python 2 builtins that Python 3 removed, with what replaces them. */
  private static final Map<String, String> REPLACEMENTS = Map.ofEntries(
      Map.entry("xrange", "range"), Map.entry("unicode", "str"), Map.entry("basestring", "str"),
      Map.entry("long", "int"), Map.entry("raw_input", "input"), Map.entry("unichr", "chr"),
      Map.entry("execfile", "exec(open(path).read())"), Map.entry("file", "open"),
      Map.entry("reload", "importlib.reload"), Map.entry("reduce", "functools.reduce"),
      Map.entry("cmp", "(a > b) - (a < b)"), Map.entry("buffer", "memoryview"),
      Map.entry("intern", "sys.intern"), Map.entry("apply", "f(*args, **kwargs)"),
      Map.entry("coerce", "explicit conversions"), Map.entry("StandardError", "Exception"));
  /** Exceptions whose handler shows the name is probed on purpose ({@code try: unicode}). */
  private static final Set<String> PROBES = Set.of("builtins.NameError", "builtins.Exception",
      "builtins.BaseException");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<Ast.Name> candidates = new ArrayList<>();
    Deque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Name name && name.ctx() == Ast.ExprContext.Load
          && REPLACEMENTS.containsKey(name.id())) {
        candidates.add(name);
      }
      dev.pyvet.syntax.ast.AstChildren.push(n, stack);
    }
    if (candidates.isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    for (Ast.Name name : candidates) {
      if (model.bindingOf(name) != null || model.scopeOf(name) == null
          || underStarImport(model, name) || guarded(model, file, name)) {
        continue;
      }
      out.report(name.lineno(), Syntax.column(file, name), "PV206",
          "'" + name.id() + "' is a Python 2 builtin that Python 3 removed: use "
              + REPLACEMENTS.get(name.id()));
    }
  }

  private static boolean underStarImport(SemanticModel model, Ast.Name name) {
    for (Scope s = model.scopeOf(name); s != null; s = s.parent()) {
      if (s.hasStarImport()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the read sits where Python 2 compatibility code expects it to fail or not to run:
   * in a try whose handler catches NameError, or under an if that tests the Python version.
   */
  private static boolean guarded(SemanticModel model, ParsedFile file, Ast.Name name) {
    Ast.Node child = name;
    for (Ast.Node p = model.parentOf(name); p != null; child = p, p = model.parentOf(p)) {
      if (p instanceof Ast.Try t && t.body().contains(child)) {
        for (Ast.ExceptHandlerNode h : t.handlers()) {
          Ast.ExprNode type = ((Ast.ExceptHandler) h).type();
          if (type == null || catches(model, type)) {
            return true;
          }
        }
      } else if (p instanceof Ast.If i && testsVersion(file, i.test())) {
        return true;
      } else if (p instanceof Ast.IfExp i && testsVersion(file, i.test())) {
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
    int start = file.source().lines().lineStart(test.lineno())
        + Syntax.column(file, test);
    int end = file.source().lines().lineStart(test.endLineno())
        + dev.pyvet.core.rule.AstRule.charColumn(file, test.endLineno(), test.endColOffset());
    String text = file.source().text().substring(start, Math.max(start, end));
    return text.contains("version") || text.matches("(?s).*\\b(PY|PYTHON|IS_PY|py)_?[23K]\\w*.*")
        || text.contains("hexversion");
  }
}
