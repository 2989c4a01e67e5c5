package dev.pyvet.core.rules.expert.data;

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

/** {@code bytes(s)} or {@code bytearray(s)} of a surely-str value without an encoding: a TypeError. */
@RuleInfo(
    code = "PV603",
    name = "bytes-from-str-without-encoding",
    family = "expert",
    summary = "Reports bytes() and bytearray() called on a str value without an encoding, which raises TypeError.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class BytesFromStrWithoutEncoding implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Name n) || !(n.id().equals("bytes") || n.id().equals("bytearray"))
        || call.args().size() != 1 || !call.keywords().isEmpty() || Exprs.hasStarred(call)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    Ast.ExprNode value = call.args().get(0);
    if (!("builtins." + n.id()).equals(QualifiedNames.ofCall(model, call)) || !Exprs.isStr(model, value)) {
      return;
    }
    String s = Exprs.snippet(file, value, 40);
    String shown = s == null ? "value" : "'" + s + "'";
    String receiver = s == null ? "value" : value instanceof Ast.BinOp ? "(" + s + ")" : s;
    String hint = receiver + ".encode('utf-8')";
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV603",
        n.id() + "() of str " + shown + " without an encoding raises TypeError: use "
            + (n.id().equals("bytes") ? hint : "bytearray(" + (s == null ? "value" : s) + ", 'utf-8')"));
  }
}
