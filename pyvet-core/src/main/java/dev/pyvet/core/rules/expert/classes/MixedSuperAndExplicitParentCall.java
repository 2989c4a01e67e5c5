package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV303",
    name = "mixed-super-and-explicit-parent-call",
    family = "expert",
    defaultEnabled = false,
    summary = "A method calls a parent's method explicitly (Base.method(self)) while the same "
        + "method, or that parent's method in a multiple-inheritance class, uses super(), so some "
        + "methods run twice or not at all.")
public final class MixedSuperAndExplicitParentCall implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.ClassDef cls = (Ast.ClassDef) node;
    Set<String> bases = new HashSet<>();
    for (Ast.ExprNode b : cls.bases()) {
      if (b instanceof Ast.Name n) {
        bases.add(n.id());
      }
    }
    if (bases.isEmpty()) {
      return;
    }
    SemanticModel model = null;
    for (Ast.StmtNode s : cls.body()) {
      String self = switch (s) {
        case Ast.FunctionDef f -> ClassBodies.firstParameter(f.args());
        case Ast.AsyncFunctionDef f -> ClassBodies.firstParameter(f.args());
        default -> null;
      };
      if (self == null) {
        continue;
      }
      boolean methodUsesSuper = callsSuper(s);
      for (Ast.Node n : ClassBodies.ownNodes(bodyOf(s))) {
        if (!(n instanceof Ast.Call call) || !(call.func() instanceof Ast.Attribute attr)
            || !(attr.value() instanceof Ast.Name base) || !bases.contains(base.id())
            || call.args().isEmpty() || !(call.args().get(0) instanceof Ast.Name first)
            || !first.id().equals(self)) {
          continue;
        }
        String why;
        if (methodUsesSuper) {
          why = "the same method also calls super()";
        } else {
          // With one base, the explicit call and the parent's super() chain still run each
          // method once; the double call needs two bases sharing the rest of the chain.
          if (cls.bases().size() < 2) {
            continue;
          }
          if (model == null) {
            model = ExpertModel.of(file);
          }
          Ast.ClassDef parent = localClass(model, base);
          if (parent == null || !methodCallsSuper(parent, attr.attr())) {
            continue;
          }
          why = "'" + base.id() + "." + attr.attr() + "' itself calls super()";
        }
        out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV303",
            "explicit parent call '" + base.id() + "." + attr.attr() + "(" + self + ", ...)' while "
                + why + ": call super()." + attr.attr() + "(...) everywhere in the hierarchy");
      }
    }
  }

  private static List<Ast.StmtNode> bodyOf(Ast.StmtNode def) {
    return def instanceof Ast.FunctionDef f ? f.body() : ((Ast.AsyncFunctionDef) def).body();
  }

  private static boolean callsSuper(Ast.StmtNode def) {
    boolean[] found = {false};
    ClassBodies.forEachOwnNode(bodyOf(def), n -> found[0] |= ClassBodies.isSuperCall(n));
    return found[0];
  }

  /** The class statement of this file that {@code name} refers to, or null. */
  private static Ast.ClassDef localClass(SemanticModel model, Ast.Name name) {
    Binding b = model.bindingOf(name);
    return b != null && b.kind() == Binding.Kind.CLASS && b.source() instanceof Ast.ClassDef c ? c : null;
  }

  private static boolean methodCallsSuper(Ast.ClassDef cls, String method) {
    for (Ast.StmtNode s : cls.body()) {
      if (method.equals(ClassBodies.defName(s)) && callsSuper(s)) {
        return true;
      }
    }
    return false;
  }
}
