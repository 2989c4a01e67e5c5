package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Set;

@RuleInfo(
    code = "PV108",
    name = "logging-eager-formatting",
    family = "expert",
    summary = "A logging call's message is formatted before the call (f-string, %, str.format or +) instead of by the logging module.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class LoggingEagerFormatting implements AstRule {
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
    Ast.ExprNode msg = LogCalls.message(call, method);
    String how = msg == null ? null : eagerForm(msg);
    if (how == null) {
      return;
    }
    String callee = LogCalls.spelled(call.func());
    out.report(msg.lineno(), AstRule.charColumn(file, msg.lineno(), msg.colOffset()), "PV108",
        how + " in the message of '" + callee + "': pass the values as arguments ("
            + callee + "(\"... %s\", value)) so they are formatted only when the record is emitted");
  }

  /** How the message is formatted eagerly, or null when it is left to the logging module. */
  private static String eagerForm(Ast.ExprNode msg) {
    return switch (msg) {
      case Ast.JoinedStr j -> hasPlaceholder(j) ? "f-string" : null;
      case Ast.BinOp b when b.op() == Ast.OperatorKind.Mod && isStringLiteral(b.left()) -> "'%' formatting";
      case Ast.BinOp b when b.op() == Ast.OperatorKind.Add && isConcatenation(b) -> "string concatenation";
      case Ast.Call c when c.func() instanceof Ast.Attribute a && a.attr().equals("format")
          && isStringLiteral(a.value()) -> "str.format()";
      default -> null;
    };
  }

  private static boolean hasPlaceholder(Ast.JoinedStr j) {
    for (Ast.ExprNode v : j.values()) {
      if (v instanceof Ast.FormattedValue) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStringLiteral(Ast.ExprNode e) {
    return (e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str) || e instanceof Ast.JoinedStr;
  }

  /** A + chain that joins a string literal with something that is not a literal. */
  private static boolean isConcatenation(Ast.BinOp top) {
    boolean literal = false;
    boolean other = false;
    Ast.ExprNode e = top;
    while (e instanceof Ast.BinOp b && b.op() == Ast.OperatorKind.Add) {
      if (isStringLiteral(b.right())) {
        literal = true;
      } else if (!(b.right() instanceof Ast.Constant)) {
        other = true;
      }
      e = b.left();
    }
    if (isStringLiteral(e)) {
      literal = true;
    } else if (!(e instanceof Ast.Constant)) {
      other = true;
    }
    return literal && other;
  }
}
