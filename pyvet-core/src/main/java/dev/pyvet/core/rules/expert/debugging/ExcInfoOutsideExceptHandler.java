package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV109",
    name = "exc-info-outside-except-handler",
    family = "expert",
    summary = "A logging call asks for the current exception's traceback (exception() or exc_info=True) outside an except block.",
    defaultEnabled = true,
    fix = FixAvailability.NONE)
public final class ExcInfoOutsideExceptHandler implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    String method = LogCalls.method(file, call);
    if (method == null) {
      return;
    }
    Ast.Keyword excInfo = LogCalls.keyword(call, "exc_info");
    boolean asksTraceback = excInfo != null ? LogCalls.isTrue(excInfo.value())
        : method.equals("exception") && !LogCalls.hasKeywordSpread(call);
    SemanticModel model = ExpertModel.of(file);
    if (!asksTraceback || Places.enclosingHandler(model, call) != null) {
      return;
    }
    // helpers named as error handlers are called from except blocks, and a context manager's
    // __exit__ runs while the exception is being handled: both do see an active exception
    Ast.StmtNode def = Places.enclosingFunction(model, call);
    if (def != null) {
      String name = Places.functionName(def);
      if (name.equals("__exit__") || name.equals("__aexit__") || looksLikeHandler(name)) {
        return;
      }
    }
    String callee = LogCalls.spelled(call.func());
    String what = excInfo != null ? "exc_info=True in '" + callee + "'" : "'" + callee + "'";
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV109",
        what + " outside an except block: no exception is being handled there, so it logs "
            + "'NoneType: None'; move it into the handler or drop the traceback request");
  }

  private static boolean looksLikeHandler(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    return lower.contains("error") || lower.contains("exception") || lower.contains("fail")
        || lower.contains("handle") || lower.contains("excepthook");
  }
}
