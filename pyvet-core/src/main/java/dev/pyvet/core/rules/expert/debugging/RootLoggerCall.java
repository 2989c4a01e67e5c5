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
    code = "PV113",
    name = "root-logger-call",
    family = "expert",
    summary = "Library code logs through the logging module's functions, which go to the root logger.",
    defaultEnabled = true,
    fix = FixAvailability.NONE)
public final class RootLoggerCall implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Attribute a)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!LogCalls.isRootCall(model, call) || !Places.isLibraryModule(file) || Places.inEntryPoint(model, call)) {
      return;
    }
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV113",
        "'logging." + a.attr() + "()' logs on the root logger: log through a module logger, "
            + "logger = logging.getLogger(__name__)");
  }
}
