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
    code = "PV103",
    name = "profiler-left-in-code",
    family = "expert",
    summary = "Profiling or memory-tracing code (cProfile, profile, tracemalloc, yappi...) runs in an importable module.",
    defaultEnabled = true,
    fix = FixAvailability.NONE)
public final class ProfilerLeftInCode implements AstRule {
  /** The calls that start profiling or tracing, and what they are called in messages. */
  private static final Map<String, String> PROFILER_CALLS = Map.ofEntries(
      Map.entry("cProfile.run", "profiler"), Map.entry("cProfile.runctx", "profiler"),
      Map.entry("cProfile.Profile", "profiler"), Map.entry("profile.run", "profiler"),
      Map.entry("profile.runctx", "profiler"), Map.entry("profile.Profile", "profiler"),
      Map.entry("yappi.start", "profiler"), Map.entry("pyinstrument.Profiler", "profiler"),
      Map.entry("line_profiler.LineProfiler", "profiler"),
      Map.entry("tracemalloc.start", "memory-tracing"),
      Map.entry("tracemalloc.take_snapshot", "memory-tracing"));

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    String kind = q == null ? null : PROFILER_CALLS.get(q);
    if (kind == null || Places.isTestScriptOrTool(file) || Places.inEntryPoint(model, call)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV103",
        kind + " call '" + q + "()' left in an importable module: move it to a profiling script, "
            + "a test, or an 'if __name__ == \"__main__\":' block");
  }
}
