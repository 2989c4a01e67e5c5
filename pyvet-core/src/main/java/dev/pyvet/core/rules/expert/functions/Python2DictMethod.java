package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV205",
    name = "python2-dict-method",
    family = "expert",
    summary = "A call to a Python 2 dict method (iteritems, iterkeys, itervalues, has_key...).",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class Python2DictMethod implements AstRule {
  /** Python 2 dict methods and their Python 3 spelling (has_key takes one argument). */
  private static final Map<String, String> METHODS = Map.of(
      "iteritems", "items()", "iterkeys", "keys()", "itervalues", "values()",
      "viewitems", "items()", "viewkeys", "keys()", "viewvalues", "values()",
      "has_key", "'key in d'");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Set<String> defined = new HashSet<>();
    java.util.List<Ast.Call> calls = new java.util.ArrayList<>();
    java.util.ArrayDeque<Ast.Node> stack = new java.util.ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      Syntax.Def def = Syntax.Def.of(n);
      if (def != null && METHODS.containsKey(def.name())) {
        defined.add(def.name());
      } else if (n instanceof Ast.Call c && c.func() instanceof Ast.Attribute a
          && METHODS.containsKey(a.attr()) && c.keywords().isEmpty()
          && c.args().size() == (a.attr().equals("has_key") ? 1 : 0)) {
        calls.add(c);
      }
      dev.pyvet.syntax.ast.AstChildren.push(n, stack);
    }
    if (calls.isEmpty()) {
      return;
    }
    var model = ExpertModel.of(file);
    if (Py2Guards.isCompatibilityModule(model)) {
      return;
    }
    for (Ast.Call c : calls) {
      Ast.Attribute a = (Ast.Attribute) c.func();
      // a class of this file that defines the method, or a module function (six.iteritems)
      if (defined.contains(a.attr()) || QualifiedNames.of(model, a) != null
          || Py2Guards.guarded(model, file, c)) {
        continue;
      }
      out.report(c.lineno(), Syntax.column(file, c), "PV205",
          "'" + a.attr() + "()' is a Python 2 dict method that Python 3 dicts lack: use "
              + METHODS.get(a.attr()));
    }
  }
}
