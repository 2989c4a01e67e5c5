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
    code = "PV105",
    name = "print-in-library-code",
    family = "expert",
    summary = "print() is called in a package module that is not a script, a test or a command-line front-end.",
    defaultEnabled = false,
    fix = FixAvailability.NONE)
public final class PrintInLibraryCode implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Name n) || !n.id().equals("print")) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!"builtins.print".equals(QualifiedNames.ofCall(model, call))) {
      return;
    }
    // print(..., file=stream) writes output on purpose: it is an API, not a debugging trace
    if (LogCalls.keyword(call, "file") != null || LogCalls.hasKeywordSpread(call)) {
      return;
    }
    if (!Places.isLibraryModule(file) || Places.inEntryPoint(model, call)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV105",
        "print() in library code: log through a module logger (logging.getLogger(__name__)) "
            + "or write to a stream the caller passes in");
  }
}
