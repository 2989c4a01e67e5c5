package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV202",
    name = "missing-functools-wraps",
    family = "expert",
    summary = "A decorator returns a wrapper function that does not carry functools.wraps.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class MissingFunctoolsWraps implements AstRule {
  /** Attributes whose assignment on the wrapper means the metadata is copied by hand. */
  private static final Set<String> COPIED = Set.of("__name__", "__qualname__", "__doc__",
      "__wrapped__", "__dict__", "__module__");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Syntax.Def decorator = Syntax.Def.of(node);
    List<Syntax.Def> inner = new ArrayList<>();
    Set<String> returned = new HashSet<>();
    boolean[] copiesByHand = {false};
    Set<String> passedOn = new HashSet<>();
    Syntax.forEachInScope(decorator.body(), n -> {
      Syntax.Def d = n == node ? null : Syntax.Def.of(n);
      if (d != null) {
        inner.add(d);
      } else if (n instanceof Ast.Return r && r.value() instanceof Ast.Name name) {
        returned.add(name.id());
      } else if (n instanceof Ast.Call c) {
        // update_wrapper(w, f), or a helper of the module's own that copies the metadata
        copiesByHand[0] |= calleeName(c).equals("update_wrapper");
        for (Ast.ExprNode arg : c.args()) {
          if (arg instanceof Ast.Name name) {
            passedOn.add(name.id());
          }
        }
      } else if (n instanceof Ast.Attribute a && a.ctx() == Ast.ExprContext.Store
          && COPIED.contains(a.attr())) {
        copiesByHand[0] = true;
      }
    });
    if (inner.isEmpty() || returned.isEmpty() || copiesByHand[0]) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (requiredPositional(model, decorator) > 1) {
      // `@deco` passes exactly one argument: a helper that needs more is not applied as a
      // decorator, and its callers decide what metadata the result carries
      return;
    }
    for (Syntax.Def wrapper : inner) {
      if (!returned.contains(wrapper.name()) || passedOn.contains(wrapper.name())
          || hasWraps(wrapper)
          || (wrapper.args().vararg() == null && wrapper.args().kwarg() == null)) {
        continue;
      }
      String wrapped = calledParameter(model, decorator, wrapper);
      if (wrapped != null) {
        Ast.Located at = (Ast.Located) wrapper.node();
        out.report(at.lineno(), Syntax.column(file, at), "PV202",
            "wrapper '" + wrapper.name() + "' returned by decorator '" + decorator.name()
                + "' lacks functools.wraps: add @functools.wraps(" + wrapped + ") so the decorated"
                + " function keeps its name and docstring");
      }
    }
  }

  /** Positional parameters without a default, not counting a method's self or cls. */
  private static int requiredPositional(SemanticModel model, Syntax.Def def) {
    Ast.Arguments a = def.args();
    int required = a.posonlyargs().size() + a.args().size() - a.defaults().size();
    var scope = model.scopeOf(def.node());
    if (scope != null && scope.kind() == dev.pyvet.core.semantic.Scope.Kind.CLASS) {
      required--;
    }
    return required;
  }

  private static String calleeName(Ast.Call call) {
    return switch (call.func()) {
      case Ast.Name n -> n.id();
      case Ast.Attribute a -> a.attr();
      default -> "";
    };
  }

  private static boolean hasWraps(Syntax.Def wrapper) {
    for (Ast.ExprNode d : wrapper.decorators()) {
      Ast.ExprNode callee = Syntax.decoratorCallee(d);
      String name = switch (callee) {
        case Ast.Name n -> n.id();
        case Ast.Attribute a -> a.attr();
        default -> "";
      };
      // functools.wraps, a re-export of it, or any decorator that copies the metadata itself
      if (name.equals("wraps") || name.endsWith("_wraps") || name.equals("update_wrapper")) {
        return true;
      }
    }
    return false;
  }

  /** The decorator's parameter that the wrapper calls, or null. */
  private static String calledParameter(SemanticModel model, Syntax.Def decorator, Syntax.Def wrapper) {
    String[] found = {null};
    Syntax.forEachInScope(wrapper.body(), n -> {
      if (found[0] == null && n instanceof Ast.Call c && c.func() instanceof Ast.Name name) {
        Binding b = model.bindingOf(name);
        // a parameter's binding records the function that declares it as its source
        if (b != null && b.kind() == Binding.Kind.ARGUMENT && b.source() == decorator.node()) {
          found[0] = name.id();
        }
      }
    });
    return found[0];
  }
}
