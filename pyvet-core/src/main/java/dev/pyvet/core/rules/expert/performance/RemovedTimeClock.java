package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV505",
    name = "removed-time-clock",
    family = "expert",
    summary = "time.clock(), removed in Python 3.8, is used as a timer.",
    defaultEnabled = true)
public final class RemovedTimeClock implements AstRule {
  private static final String MESSAGE = "time.clock() was removed in Python 3.8: use"
      + " time.perf_counter() for elapsed time or time.process_time() for CPU time";

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Attribute.class, Ast.ImportFrom.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (!(node instanceof Ast.ImportFrom) && !(node instanceof Ast.Attribute a
        && a.attr().equals("clock"))) {
      return;
    }
    if (fallback(ExpertModel.of(file), node)) {
      return;
    }
    switch (node) {
      // `from time import clock` fails at the import, which is where it is reported
      case Ast.ImportFrom i when "time".equals(i.module()) && i.level() == 0 -> {
        for (Ast.Alias a : i.names()) {
          if (a.name().equals("clock")) {
            out.report(a.lineno(), ScopeWalk.column(file, a), "PV505", MESSAGE);
          }
        }
      }
      case Ast.Attribute a when a.attr().equals("clock") && a.ctx() == Ast.ExprContext.Load -> {
        if (QualifiedNames.isOneOf(ExpertModel.of(file), a, "time.clock")) {
          out.report(a.lineno(), ScopeWalk.column(file, a), "PV505", MESSAGE);
        }
      }
      default -> { }
    }
  }

  /**
   * Whether the code is a fallback for old interpreters: inside a try statement or handler
   * (import fallbacks), or under an {@code if hasattr(...)} test.
   */
  private static boolean fallback(SemanticModel model, Ast.Node node) {
    for (Ast.Node p = model.parentOf(node); p != null; p = model.parentOf(p)) {
      if (p instanceof Ast.Try || p instanceof Ast.TryStar || p instanceof Ast.ExceptHandler
          || (p instanceof Ast.If i && i.test() instanceof Ast.Call c
              && c.func() instanceof Ast.Name n && n.id().equals("hasattr"))) {
        return true;
      }
    }
    return false;
  }
}
