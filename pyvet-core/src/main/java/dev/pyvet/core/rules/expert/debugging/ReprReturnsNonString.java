package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV112",
    name = "repr-returns-non-string",
    family = "expert",
    summary = "A class's __repr__ or __str__ returns something that is plainly not a str, or returns None.",
    defaultEnabled = true,
    fix = FixAvailability.NONE)
public final class ReprReturnsNonString implements AstRule {
  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.FunctionDef def = (Ast.FunctionDef) node;
    if (!def.name().equals("__repr__") && !def.name().equals("__str__")) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!(model.parentOf(def) instanceof Ast.ClassDef cls) || isAbstractOrOverload(def) || isStub(def.body())) {
      return;
    }
    List<Ast.Return> returns = new ArrayList<>();
    boolean raisesOrYields = collect(def.body(), returns);
    if (returns.isEmpty() && !raisesOrYields && !hasBareExpression(def.body())) {
      out.report(def.lineno(), AstRule.charColumn(file, def.lineno(), def.colOffset()), "PV112",
          "'" + def.name() + "' of '" + cls.name() + "' never returns, so it returns None: "
              + "return a str, e.g. an f-string");
      return;
    }
    for (Ast.Return r : returns) {
      String what = nonString(r.value());
      if (what != null) {
        out.report(r.lineno(), AstRule.charColumn(file, r.lineno(), r.colOffset()), "PV112",
            "'" + def.name() + "' of '" + cls.name() + "' returns " + what
                + ": return a str, e.g. an f-string");
      }
    }
  }

  /** A description of a value that is plainly not a str, or null when it may be one. */
  private static String nonString(Ast.ExprNode value) {
    return switch (value) {
      case null -> "None";
      case Ast.Constant c -> switch (c.value()) {
        case ConstantValue.Str s -> null;
        case ConstantValue.None n -> "None";
        case ConstantValue.Bytes b -> "bytes";
        case ConstantValue.Bool b -> "a bool";
        case ConstantValue.Int i -> "an int";
        case ConstantValue.Float f -> "a float";
        case ConstantValue.Complex x -> "a complex";
        case ConstantValue.Ellipsis e -> "Ellipsis";
      };
      case Ast.Tuple t -> "a tuple";
      case Ast.List l -> "a list";
      case Ast.Dict d -> "a dict";
      case Ast.Set s -> "a set";
      case Ast.ListComp l -> "a list";
      case Ast.DictComp d -> "a dict";
      case Ast.SetComp s -> "a set";
      case Ast.GeneratorExp g -> "a generator";
      default -> null;
    };
  }

  /**
   * Adds the function's own return statements (not those of nested defs and classes) and says
   * whether it raises or yields anywhere.
   */
  private static boolean collect(List<Ast.StmtNode> body, List<Ast.Return> returns) {
    boolean raisesOrYields = false;
    ArrayDeque<Ast.Node> stack = new ArrayDeque<>(body);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Return r) {
        returns.add(r);
      } else if (n instanceof Ast.Raise || n instanceof Ast.Yield || n instanceof Ast.YieldFrom) {
        raisesOrYields = true;
      }
      if (!Places.isScopeBoundary(n)) {
        AstChildren.push(n, stack);
      }
    }
    return raisesOrYields;
  }

  /**
   * Whether the body has an expression statement that is not a call or a docstring, such as
   * {@code 1/0}: written to fail on purpose, not a forgotten return.
   */
  private static boolean hasBareExpression(List<Ast.StmtNode> body) {
    for (Ast.StmtNode s : body) {
      if (s instanceof Ast.Expr e && !(e.value() instanceof Ast.Call) && !(e.value() instanceof Ast.Constant)) {
        return true;
      }
    }
    return false;
  }

  /** A body of only a docstring, pass or ...: a placeholder to be overridden. */
  private static boolean isStub(List<Ast.StmtNode> body) {
    for (Ast.StmtNode s : body) {
      boolean placeholder = s instanceof Ast.Pass
          || (s instanceof Ast.Expr e && e.value() instanceof Ast.Constant c
              && (c.value() instanceof ConstantValue.Str || c.value() instanceof ConstantValue.Ellipsis));
      if (!placeholder) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAbstractOrOverload(Ast.FunctionDef def) {
    for (Ast.ExprNode d : def.decoratorList()) {
      Ast.ExprNode e = d instanceof Ast.Call c ? c.func() : d;
      String last = e instanceof Ast.Name n ? n.id() : e instanceof Ast.Attribute a ? a.attr() : "";
      if (last.equals("abstractmethod") || last.equals("overload")) {
        return true;
      }
    }
    return false;
  }
}
