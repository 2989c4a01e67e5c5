package dev.pyvet.core.rules.expert.concurrency;

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
    code = "PV404",
    name = "legacy-event-loop-api",
    family = "expert",
    summary = "asyncio.get_event_loop() is called outside a coroutine, the pre-3.7 way to drive "
        + "an event loop that is deprecated when no loop is running.")
public final class LegacyEventLoopApi implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Attribute) && !(call.func() instanceof Ast.Name)
        || !call.args().isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!QualifiedNames.isOneOf(model, call.func(), "asyncio.get_event_loop", "asyncio.events.get_event_loop")
        || AsyncCode.enclosingCode(model, call) instanceof Ast.AsyncFunctionDef) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV404",
        "'asyncio.get_event_loop()' outside a coroutine is deprecated and fails when no loop is "
            + "set: start the program with 'asyncio.run(main())', and call "
            + "asyncio.get_running_loop() inside coroutines");
  }
}
