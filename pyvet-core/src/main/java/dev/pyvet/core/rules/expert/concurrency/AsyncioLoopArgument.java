package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV407",
    name = "asyncio-loop-argument",
    family = "expert",
    summary = "An asyncio function or primitive is passed loop=, a parameter Python 3.10 removed.",
    fix = FixAvailability.SAFE)
public final class AsyncioLoopArgument implements AstRule {
  /** The asyncio callables whose loop parameter was removed in Python 3.10. */
  private static final Set<String> NO_LOOP = Set.of(
      "sleep", "wait", "wait_for", "gather", "shield", "as_completed", "open_connection", "start_server",
      "open_unix_connection", "start_unix_server", "create_subprocess_exec", "create_subprocess_shell",
      "Queue", "LifoQueue", "PriorityQueue", "Lock", "Event", "Condition", "Semaphore",
      "BoundedSemaphore");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    Ast.Keyword loop = null;
    for (Ast.Keyword k : call.keywords()) {
      if ("loop".equals(k.arg())) {
        loop = k;
      }
    }
    if (loop == null) {
      return;
    }
    String q = QualifiedNames.of(ExpertModel.of(file), call.func());
    if (q == null || !q.startsWith("asyncio.") || !NO_LOOP.contains(q.substring(q.lastIndexOf('.') + 1))) {
      return;
    }
    out.report(loop.lineno(), AstRule.charColumn(file, loop.lineno(), loop.colOffset()), "PV407",
        "'" + q + "(..., loop=...)' fails with a TypeError since Python 3.10: drop the loop "
            + "argument, the running loop is used");
  }
}
