package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * Mock checks that check nothing: a mock's assertion method named without being called
 * ({@code m.assert_called_once()} written {@code m.assert_called_once}), and calls of the
 * assertion names without their {@code assert_} prefix ({@code m.called_once_with(1)}, also
 * under an {@code assert} statement), which a Mock answers with a new, truthy Mock.
 */
@RuleInfo(
    code = "PV704",
    name = "mock-assertion-not-asserting",
    family = "expert",
    summary = "Reports mock assertions that never fail: assert_* methods not called, and called_once_with()-style calls missing the assert_ prefix.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class MockAssertionNotAsserting implements AstRule {
  private static final Set<String> ASSERTIONS = Set.of(
      "assert_called", "assert_called_once", "assert_called_with", "assert_called_once_with",
      "assert_any_call", "assert_has_calls", "assert_not_called", "assert_awaited",
      "assert_awaited_once", "assert_awaited_with", "assert_awaited_once_with", "assert_any_await",
      "assert_has_awaits", "assert_not_awaited");
  // the assertion names without "assert_": attributes a Mock creates on demand
  private static final Set<String> PREFIXLESS = Set.of(
      "called_once", "called_with", "called_once_with", "any_call", "has_calls", "not_called",
      "awaited_once", "awaited_with", "awaited_once_with", "has_awaits", "not_awaited");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Expr.class, Ast.Assert.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ExprNode value = node instanceof Ast.Expr e ? e.value() : ((Ast.Assert) node).test();
    if (node instanceof Ast.Expr && value instanceof Ast.Attribute a && ASSERTIONS.contains(a.attr())) {
      report(file, out, a, "mock assertion '" + a.attr() + "' is not called, so it checks nothing: add the call "
          + a.attr() + "(...)");
    } else if (value instanceof Ast.Call c && c.func() instanceof Ast.Attribute a
        && PREFIXLESS.contains(a.attr())) {
      report(file, out, a, "'" + a.attr() + "' is not a mock assertion (it returns a new Mock and never fails): "
          + "use assert_" + a.attr() + "(...)");
    }
  }

  private static void report(ParsedFile file, Findings out, Ast.Attribute a, String message) {
    out.report(a.lineno(), AstRule.charColumn(file, a.lineno(), a.colOffset()), "PV704", message);
  }
}
