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
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV111",
    name = "logging-configured-in-library",
    family = "expert",
    summary = "logging.basicConfig() configures the root logger at import time of a library module.",
    defaultEnabled = true,
    fix = FixAvailability.NONE)
public final class LoggingConfiguredInLibrary implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    SemanticModel model = ExpertModel.of(file);
    if (!"logging.basicConfig".equals(QualifiedNames.ofCall(model, call))) {
      return;
    }
    if (!Places.isLibraryModule(file) || Places.enclosingFunction(model, call) != null
        || Places.inEntryPoint(model, call)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV111",
        "logging.basicConfig() at import time of a library module: it takes over the application's "
            + "root logger; leave logging configuration to the program's entry point");
  }
}
