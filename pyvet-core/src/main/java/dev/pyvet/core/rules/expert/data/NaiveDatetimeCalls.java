package dev.pyvet.core.rules.expert.data;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Set;

/**
 * Calls of {@code datetime.datetime}'s constructors that give naive values, and what to say about
 * them. The UTC ones ({@code utcnow}, {@code utcfromtimestamp}) are always naive; {@code now},
 * {@code today} and {@code fromtimestamp} only without a time zone. Calls in a block that expects a
 * warning are deliberate and left alone.
 */
final class NaiveDatetimeCalls {
  private NaiveDatetimeCalls() {}

  static final Set<String> UTC = Set.of("utcnow", "utcfromtimestamp");
  static final Set<String> LOCAL = Set.of("now", "today", "fromtimestamp");

  /** Reports {@code call} under {@code code} when it is one of {@code methods} making a naive value. */
  static void report(Ast.Call call, ParsedFile file, Set<String> methods, String code, Findings out) {
    String message = message(call, file, methods);
    if (message != null) {
      out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), code, message);
    }
  }

  /** The message for a call of one of {@code methods} that makes a naive value, or null. */
  private static String message(Ast.Call call, ParsedFile file, Set<String> methods) {
    if (!(call.func() instanceof Ast.Attribute a) || !methods.contains(a.attr())
        || Exprs.hasStarred(call)) {
      return null;
    }
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    if (!("datetime.datetime." + a.attr()).equals(q) || Exprs.expectsWarning(model, call)) {
      return null;
    }
    return switch (a.attr()) {
      case "utcnow" -> "naive datetime from 'datetime.utcnow()': use datetime.now(timezone.utc)";
      case "utcfromtimestamp" ->
          "naive datetime from 'datetime.utcfromtimestamp()': use datetime.fromtimestamp(ts, timezone.utc)";
      case "today" -> "naive datetime from 'datetime.today()': use datetime.now(tz) with a time zone";
      case "now" -> passesZone(call, 0)
          ? null
          : "naive datetime from 'datetime.now()' without tz: pass a time zone, e.g. datetime.now(timezone.utc)";
      default -> passesZone(call, 1)
          ? null
          : "naive datetime from 'datetime.fromtimestamp()' without tz: pass a time zone, e.g. tz=timezone.utc";
    };
  }

  /** Whether the call passes a time zone other than a literal None, positionally at {@code at} or as tz=. */
  private static boolean passesZone(Ast.Call call, int at) {
    Ast.ExprNode zone = null;
    if (call.args().size() > at) {
      zone = call.args().get(at);
    }
    Ast.Keyword k = Exprs.keyword(call, "tz");
    if (k != null) {
      zone = k.value();
    }
    return zone != null && !(zone instanceof Ast.Constant c && c.value() instanceof ConstantValue.None);
  }
}
