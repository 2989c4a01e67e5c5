package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV402",
    name = "unawaited-coroutine",
    family = "expert",
    summary = "A coroutine function is called as a statement without await, so the coroutine is "
        + "created and dropped and its body never runs.",
    fix = FixAvailability.UNSAFE)
public final class UnawaitedCoroutine implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Expr.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (!(((Ast.Expr) node).value() instanceof Ast.Call call)) {
      return;
    }
    String name = AsyncCode.coroutineCalled(ExpertModel.of(file), call);
    if (name == null) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV402",
        "coroutine '" + name + "(...)' is called but never awaited, so it never runs: write 'await "
            + name + "(...)', or schedule it with asyncio.create_task() and keep the task");
  }
}
