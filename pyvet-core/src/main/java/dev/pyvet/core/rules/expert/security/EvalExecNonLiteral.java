package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Set;

/**
 * The builtins {@code eval} and {@code exec} called on anything but a string literal, and
 * {@code compile(source, filename, "exec")} on a non-literal source.
 */
@RuleInfo(
    code = "PV801",
    name = "eval-exec-on-non-literal",
    family = "expert",
    summary = "Reports eval() and exec() on anything but a string literal, and compile() in exec mode on a non-literal source.",
    defaultEnabled = false,
    fix = FixAvailability.NONE)
public final class EvalExecNonLiteral implements AstRule {
  private static final Set<String> NAMES = Set.of("eval", "exec", "compile");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Name n) || !NAMES.contains(n.id())
        || !("builtins." + n.id()).equals(QualifiedNames.ofCall(ExpertModel.of(file), call))) {
      return;
    }
    Ast.ExprNode source = Calls.argument(call, 0, "source");
    if (source == null || Calls.isStrLiteral(source)) {
      return;
    }
    switch (n.id()) {
      case "eval" -> Calls.report(file, call, "PV801",
          "eval() of a value built at run time runs whatever code it holds: parse data with "
              + "ast.literal_eval() or json, or look the operation up in a table", out);
      case "exec" -> Calls.report(file, call, "PV801",
          "exec() of code built at run time runs whatever it holds: call functions or look them "
              + "up in a table instead, and never let input reach it", out);
      default -> {
        Ast.ExprNode mode = Calls.argument(call, 2, "mode");
        if (mode instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str s
            && s.value().equals("exec")) {
          Calls.report(file, call, "PV801",
              "compile() in 'exec' mode of source built at run time prepares arbitrary code: "
                  + "never let input reach it", out);
        }
      }
    }
  }
}
