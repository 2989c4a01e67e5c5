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
    code = "PV405",
    name = "asyncio-coroutine-decorator",
    family = "expert",
    summary = "A generator-based coroutine is declared with @asyncio.coroutine, which Python 3.11 "
        + "removed.",
    fix = FixAvailability.UNSAFE)
public final class AsyncioCoroutineDecorator implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.FunctionDef f = (Ast.FunctionDef) node;
    for (Ast.ExprNode d : f.decoratorList()) {
      if (QualifiedNames.isOneOf(ExpertModel.of(file), d, "asyncio.coroutine", "asyncio.coroutines.coroutine")) {
        out.report(d.lineno(), AstRule.charColumn(file, d.lineno(), d.colOffset()), "PV405",
            "'@asyncio.coroutine' on '" + f.name() + "' no longer exists in Python 3.11: write 'async def "
                + f.name() + "' and replace 'yield from' with 'await'");
      }
    }
  }
}
