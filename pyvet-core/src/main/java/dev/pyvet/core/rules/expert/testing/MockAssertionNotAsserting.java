package dev.pyvet.core.rules.expert.testing;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * Mock checks that check nothing: a mock's assertion method named without being called
 * ({@code m.assert_called_once()} written {@code m.assert_called_once}), and calls of the
 * assertion names without their {@code assert_} prefix ({@code m.called_once_with(1)}, also
 * under an {@code assert} statement), which a Mock before Python 3.12 answers with a new,
 * truthy Mock. Mocks made with a spec or {@code unsafe=True}, and calls expected to raise, are
 * left alone.
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

  private static final Set<String> CONFIGURING = Set.of("spec", "spec_set", "unsafe", "autospec");
  private static final int MAX_UP = 40;

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
        && PREFIXLESS.contains(a.attr()) && !deliberate(ExpertModel.of(file), node, a)) {
      report(file, out, a, "'" + a.attr() + "' is not a mock assertion (it returns a new Mock and never fails): "
          + "use assert_" + a.attr() + "(...)");
    }
  }

  /**
   * Whether the prefix-less call is meant: its mock was made with a spec (the name may be a real
   * method) or {@code unsafe=True}, or the call sits in a block expecting an exception (Python
   * 3.12 and later raise AttributeError for these names).
   */
  private static boolean deliberate(SemanticModel model, Ast.Node statement, Ast.Attribute a) {
    Ast.ExprNode root = a.value();
    while (root instanceof Ast.Attribute r) {
      root = r.value();
    }
    if (root instanceof Ast.Name n) {
      Binding b = model.bindingOf(n);
      if (b != null && b.kind() == Binding.Kind.ASSIGNMENT
          && model.parentOf(b.source()) instanceof Ast.Assign assign
          && assign.value() instanceof Ast.Call made) {
        for (Ast.Keyword k : made.keywords()) {
          if (k.arg() == null || CONFIGURING.contains(k.arg())) {
            return true;
          }
        }
      }
    }
    Ast.Node p = model.parentOf(statement);
    for (int up = 0; up < MAX_UP && p != null; up++) {
      if (p instanceof Ast.With w) {
        for (Ast.WithItem item : w.items()) {
          if (item.contextExpr() instanceof Ast.Call c && expectsError(model, c)) {
            return true;
          }
        }
      }
      p = model.parentOf(p);
    }
    return false;
  }

  private static boolean expectsError(SemanticModel model, Ast.Call c) {
    if (c.func() instanceof Ast.Attribute f && f.attr().startsWith("assertRaises")) {
      return true;
    }
    return "pytest.raises".equals(QualifiedNames.ofCall(model, c));
  }

  private static void report(ParsedFile file, Findings out, Ast.Attribute a, String message) {
    out.report(a.lineno(), AstRule.charColumn(file, a.lineno(), a.colOffset()), "PV704", message);
  }
}
