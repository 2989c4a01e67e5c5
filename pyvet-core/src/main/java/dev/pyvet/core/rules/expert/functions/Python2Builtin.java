package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
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
    if (Py2Guards.isCompatibilityModule(model)) {
      return;
    }
    for (Ast.Name name : candidates) {
      if (model.bindingOf(name) != null || model.scopeOf(name) == null
          || underStarImport(model, name) || Py2Guards.guarded(model, file, name)) {
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
}
