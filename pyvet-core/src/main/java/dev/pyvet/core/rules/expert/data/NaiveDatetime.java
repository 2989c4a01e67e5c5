package dev.pyvet.core.rules.expert.data;

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
 * {@code datetime.datetime} constructors that give naive values: {@code utcnow()} and
 * {@code utcfromtimestamp()} always (their result looks local but means UTC), {@code now()},
 * {@code today()} and {@code fromtimestamp()} when no time zone is passed. {@code date.today()}
 * is left alone: a calendar date has no time of day to be ambiguous about.
 */
@RuleInfo(
    code = "PV601",
    name = "naive-datetime",
    family = "expert",
    summary = "Reports datetime calls that make naive values: utcnow(), utcfromtimestamp(), and now(), today() or fromtimestamp() without a time zone.",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class NaiveDatetime implements AstRule {
  private static final Set<String> METHODS = Set.of(
      "utcnow", "utcfromtimestamp", "now", "today", "fromtimestamp");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!(call.func() instanceof Ast.Attribute a) || !METHODS.contains(a.attr())
        || Exprs.hasStarred(call)) {
      return;
    }
    String q = QualifiedNames.ofCall(ExpertModel.of(file), call);
    if (!("datetime.datetime." + a.attr()).equals(q)) {
      return;
    }
    String message = switch (a.attr()) {
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
    if (message != null) {
      out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()),
          "PV601", message);
    }
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
