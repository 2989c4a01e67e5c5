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

/**
 * {@code str(value)} without an encoding, or an f-string field without a conversion, where the
 * value is surely bytes (see {@link Exprs#isBytes}): the text produced is the bytes' repr. A bytes
 * literal written straight into the call, and code in a block that expects a warning (BytesWarning
 * tests), are taken as deliberate.
 */
@RuleInfo(
    code = "PV602",
    name = "str-called-on-bytes",
    family = "expert",
    summary = "Reports str() without an encoding, and f-string fields, applied to a bytes value: the result is its repr \"b'...'\", not the text.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class StrCalledOnBytes implements AstRule {
  // f-string conversions: none, or !s (which is what none does for bytes)
  private static final int NO_CONVERSION = -1;
  private static final int STR_CONVERSION = 's';

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class, Ast.FormattedValue.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    if (node instanceof Ast.Call call) {
      if (!(call.func() instanceof Ast.Name n) || !n.id().equals("str") || call.args().size() != 1
          || !call.keywords().isEmpty() || Exprs.hasStarred(call)) {
        return;
      }
      SemanticModel model = ExpertModel.of(file);
      Ast.ExprNode value = call.args().get(0);
      if (!isLiteral(value) && "builtins.str".equals(QualifiedNames.ofCall(model, call))
          && Exprs.isBytes(model, value) && !Exprs.expectsWarning(model, call)) {
        out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV602",
            "str() on bytes value " + describe(file, value)
                + " gives its repr \"b'...'\": decode it, e.g. .decode('utf-8'), or pass the encoding to str()");
      }
    } else {
      Ast.FormattedValue f = (Ast.FormattedValue) node;
      if (f.conversion() != NO_CONVERSION && f.conversion() != STR_CONVERSION) {
        return;
      }
      Ast.ExprNode value = f.value();
      SemanticModel model = ExpertModel.of(file);
      if (!isLiteral(value) && Exprs.isBytes(model, value) && !Exprs.expectsWarning(model, f)) {
        out.report(value.lineno(), AstRule.charColumn(file, value.lineno(), value.colOffset()), "PV602",
            "f-string formats bytes value " + describe(file, value)
                + " as its repr \"b'...'\": decode it first, or write !r if the repr is wanted");
      }
    }
  }

  /** str() of a bytes literal written as such is done on purpose (tests of bytes' str()). */
  private static boolean isLiteral(Ast.ExprNode value) {
    return value instanceof Ast.Constant;
  }

  private static String describe(ParsedFile file, Ast.ExprNode value) {
    String s = Exprs.snippet(file, value, 40);
    return s == null ? "(spanning lines)" : "'" + s + "'";
  }
}
