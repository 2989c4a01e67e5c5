package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV102",
    name = "profile-decorator-left",
    family = "expert",
    summary = "A line_profiler or memory_profiler @profile decorator is left on a function.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class ProfileDecoratorLeft implements AstRule {
  private static final Set<String> PROFILER_DECORATORS = Set.of(
      "line_profiler.profile", "memory_profiler.profile", "line_profiler.explicit_profiler.profile");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<Ast.ExprNode> decorators;
    String name;
    if (node instanceof Ast.FunctionDef f) {
      decorators = f.decoratorList();
      name = f.name();
    } else {
      Ast.AsyncFunctionDef f = (Ast.AsyncFunctionDef) node;
      decorators = f.decoratorList();
      name = f.name();
    }
    if (decorators.isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    for (Ast.ExprNode d : decorators) {
      Ast.ExprNode target = d instanceof Ast.Call c ? c.func() : d;
      boolean undefinedProfile = target instanceof Ast.Name n && n.id().equals("profile")
          && model.bindingOf(n) == null;
      String q = QualifiedNames.of(model, target);
      if (undefinedProfile || (q != null && PROFILER_DECORATORS.contains(q))) {
        String origin = undefinedProfile ? "kernprof's injected 'profile'" : "'" + q + "'";
        out.report(d.lineno(), AstRule.charColumn(file, d.lineno(), d.colOffset()), "PV102",
            "profiler decorator " + origin + " left on '" + name
                + "': remove it (the code fails or runs slower outside the profiler)");
      }
    }
  }
}
