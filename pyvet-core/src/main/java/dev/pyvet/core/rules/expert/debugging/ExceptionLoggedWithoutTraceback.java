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
    code = "PV110",
    name = "exception-logged-without-traceback",
    family = "expert",
    summary = "An except handler logs the caught exception at error level without its traceback and does not re-raise it.",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class ExceptionLoggedWithoutTraceback implements AstRule {
  private static final Set<String> ERROR_METHODS = Set.of("error", "critical", "fatal");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    String method = LogCalls.method(file, call);
    if (method == null || !ERROR_METHODS.contains(method)
        || LogCalls.keyword(call, "exc_info") != null || LogCalls.hasKeywordSpread(call)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    Ast.ExceptHandler handler = Places.enclosingHandler(model, call);
    if (handler == null || handler.name() == null || !mentions(call.args(), handler.name())
        || reraises(handler)) {
      return;
    }
    String callee = LogCalls.spelled(call.func());
    String better = LogCalls.withMethod(callee, method, "exception");
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV110",
        "exception '" + handler.name() + "' logged with '" + callee + "' without its traceback: use '"
            + better + "(...)' or pass exc_info=True");
  }

  /** Whether one of the arguments reads {@code name} (e, str(e), f"{e}", e.args...). */
  private static boolean mentions(List<Ast.ExprNode> args, String name) {
    ArrayDeque<Ast.Node> stack = new ArrayDeque<>(args);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Name id && id.id().equals(name)) {
        return true;
      }
      if (!(n instanceof Ast.Lambda)) {
        AstChildren.push(n, stack);
      }
    }
    return false;
  }

  /** Whether the handler's own body raises (re-raising or chaining): the caller sees the error. */
  private static boolean reraises(Ast.ExceptHandler handler) {
    ArrayDeque<Ast.Node> stack = new ArrayDeque<>(handler.body());
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Raise) {
        return true;
      }
      if (n instanceof Ast.StmtNode && !Places.isScopeBoundary(n)) {
        n.forEachField((field, value) -> AstChildren.forEachNodeIn(value, c -> {
          if (c instanceof Ast.StmtNode || c instanceof Ast.ExceptHandler || c instanceof Ast.MatchCase) {
            stack.push(c);
          }
        }));
      } else if (n instanceof Ast.ExceptHandler h) {
        stack.addAll(h.body());
      } else if (n instanceof Ast.MatchCase m) {
        stack.addAll(m.body());
      }
    }
    return false;
  }
}
