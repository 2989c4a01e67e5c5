package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV506",
    name = "readlines-in-for",
    family = "expert",
    summary = "A for loop iterates over f.readlines() instead of over the file itself.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class ReadlinesInFor implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.For.class, Ast.Comprehension.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ExprNode iter = switch (node) {
      case Ast.For f -> f.iter();
      case Ast.Comprehension c -> c.iter();
      default -> null;
    };
    if (iter instanceof Ast.Call c && c.args().isEmpty() && c.keywords().isEmpty()
        && c.func() instanceof Ast.Attribute a && a.attr().equals("readlines")) {
      out.report(c.lineno(), ScopeWalk.column(file, c), "PV506",
          "'readlines()' reads the whole file into a list before the loop starts: iterate"
              + " over the file object itself, which yields the same lines one at a time");
    }
  }
}
