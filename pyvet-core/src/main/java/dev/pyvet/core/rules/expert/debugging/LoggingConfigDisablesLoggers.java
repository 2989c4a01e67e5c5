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
    code = "PV106",
    name = "logging-config-disables-existing-loggers",
    family = "expert",
    summary = "dictConfig or fileConfig is called without disable_existing_loggers set, so every logger created before the call is silently disabled.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class LoggingConfigDisablesLoggers implements AstRule {
  private static final String KEY = "disable_existing_loggers";

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    // tests set up logging on purpose, and a logger they disable does not ship
    if (q == null || !q.startsWith("logging.config.") || Places.isTestScriptOrTool(file)) {
      return;
    }
    if ("logging.config.dictConfig".equals(q)) {
      if (call.args().size() == 1 && call.keywords().isEmpty() && lacksKey(model, call.args().get(0))) {
        report(file, call, out, "dictConfig() without '" + KEY + "': the default True silently disables "
            + "every logger created before the call; add \"" + KEY + "\": False to the dict");
      }
    } else if ("logging.config.fileConfig".equals(q)) {
      if (LogCalls.hasKeywordSpread(call)) {
        return;
      }
      for (Ast.ExprNode a : call.args()) {
        if (a instanceof Ast.Starred) {
          return;
        }
      }
      Ast.ExprNode value = call.args().size() >= 3 ? call.args().get(2) : null;
      Ast.Keyword kw = LogCalls.keyword(call, KEY);
      if (kw != null) {
        value = kw.value();
      }
      if (value == null || LogCalls.isTrue(value)) {
        report(file, call, out, "fileConfig() without " + KEY + "=False: the default True silently disables "
            + "every logger created before the call; pass " + KEY + "=False");
      }
    }
  }

  /** Whether the argument is a dict display, or a dict(...) call, that plainly lacks the key. */
  private static boolean lacksKey(SemanticModel model, Ast.ExprNode config) {
    if (config instanceof Ast.Dict d) {
      for (Ast.ExprNode k : d.keys()) {
        if (k == null || !(k instanceof Ast.Constant)) {
          return false; // **spread or a computed key may hold it
        }
        if (Places.isString(k, KEY) || Places.isString(k, "incremental")) {
          return false;
        }
      }
      return true;
    }
    if (config instanceof Ast.Call c && "builtins.dict".equals(QualifiedNames.ofCall(model, c))) {
      return c.args().isEmpty() && !LogCalls.hasKeywordSpread(c) && LogCalls.keyword(c, KEY) == null;
    }
    return false;
  }

  private static void report(ParsedFile file, Ast.Call call, Findings out, String message) {
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV106", message);
  }
}
