package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV408",
    name = "asyncio-dangling-task",
    family = "expert",
    summary = "The task made by asyncio.create_task() or ensure_future() is dropped, so it can be "
        + "garbage-collected before it finishes and its exception is never seen.")
public final class AsyncioDanglingTask implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Expr.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (!(((Ast.Expr) node).value() instanceof Ast.Call call)
        || !(call.func() instanceof Ast.Attribute) && !(call.func() instanceof Ast.Name)) {
      return;
    }
    String q = QualifiedNames.of(ExpertModel.of(file), call.func());
    if (!"asyncio.create_task".equals(q) && !"asyncio.ensure_future".equals(q)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV408",
        "the task returned by '" + q + "(...)' is not kept: the event loop holds only a weak "
            + "reference, so store it (and await it, or add a done callback) or use an "
            + "asyncio.TaskGroup");
  }
}
