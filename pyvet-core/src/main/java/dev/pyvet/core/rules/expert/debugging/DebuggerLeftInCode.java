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
import java.util.Set;

@RuleInfo(
    code = "PV101",
    name = "debugger-left-in-code",
    family = "expert",
    summary = "A call that stops in an interactive debugger (pdb.set_trace(), breakpoint(), ipdb, pudb...) is left in the code.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class DebuggerLeftInCode implements AstRule {
  private static final Set<String> DEBUGGER_CALLS = Set.of(
      "builtins.breakpoint",
      "pdb.set_trace", "pdb.post_mortem", "pdb.pm",
      "ipdb.set_trace", "ipdb.post_mortem", "ipdb.pm", "ipdb.sset_trace",
      "pudb.set_trace", "pudb.post_mortem", "pudb.pm",
      "bpdb.set_trace", "ptpdb.set_trace", "wdb.set_trace", "rpdb.set_trace",
      "remote_pdb.set_trace", "web_pdb.set_trace", "celery.contrib.rdb.set_trace",
      "pdbpp.set_trace", "trepan.api.debug", "debugpy.breakpoint", "pydevd.settrace",
      "IPython.embed", "IPython.terminal.embed.embed");

  /** Debugger classes whose instances are stopped in with {@code .set_trace()}. */
  private static final Set<String> DEBUGGER_CLASSES = Set.of("pdb.Pdb", "ipdb.Pdb", "pudb.debugger.Debugger");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    String shown = null;
    if (q != null && DEBUGGER_CALLS.contains(q)) {
      shown = q.startsWith("builtins.") ? q.substring("builtins.".length()) : q;
    } else if (call.func() instanceof Ast.Attribute a && a.attr().equals("set_trace")
        && a.value() instanceof Ast.Call inner) {
      String cls = QualifiedNames.ofCall(model, inner);
      if (cls != null && DEBUGGER_CLASSES.contains(cls)) {
        shown = cls + "().set_trace";
      }
    }
    // a breakpoint in a test hangs only the test run, where it is noticed at once (and debugger
    // tests call these on purpose); one behind a flag is a deliberate debugging switch
    if (shown != null && !Places.isTestScriptOrTool(file) && !Places.behindFlag(model, call)) {
      out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV101",
          "debugger call '" + shown + "()' left in the code: remove it before it ships");
    }
  }
}
