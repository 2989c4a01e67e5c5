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
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV104",
    name = "trace-hook-left-in-code",
    family = "expert",
    summary = "A tracing or profiling hook (sys.settrace, sys.setprofile, threading.settrace...) is installed by an importable module.",
    defaultEnabled = false,
    fix = FixAvailability.NONE)
public final class TraceHookLeftInCode implements AstRule {
  private static final Set<String> HOOK_SETTERS = Set.of(
      "sys.settrace", "sys.setprofile", "threading.settrace", "threading.setprofile",
      "threading.settrace_all_threads", "threading.setprofile_all_threads");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    if (q == null || !HOOK_SETTERS.contains(q) || call.args().size() != 1 || !call.keywords().isEmpty()) {
      return;
    }
    // settrace(None) removes a hook: that is the cleanup, not the leftover
    if (LogCalls.isFalsy(call.args().get(0))) {
      return;
    }
    if (Places.isTestScriptOrTool(file) || Places.inEntryPoint(model, call)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV104",
        "hook installed with '" + q + "()': it runs on every call or line and slows the program "
            + "down; remove it or put it behind an explicit debug option");
  }
}
