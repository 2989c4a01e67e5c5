package dev.pyvet.core.rules.expert.security;

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
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code assert} statements at the start of a public function or method of a module-level class
 * (after the docstring) that test one of the function's parameters: argument checks that vanish
 * under {@code python -O}. Test files, private modules and packages ({@code _internal}), private
 * functions and nested functions are left alone;
 * asserts further down the body are taken as internal invariants.
 */
@RuleInfo(
    code = "PV806",
    name = "assert-for-argument-validation",
    family = "expert",
    summary = "Reports assert statements that validate a public function's arguments, which python -O removes.",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class AssertForArgumentValidation implements AstRule {
  private static final int MAX_NODES = 200;

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    String name;
    Ast.Arguments args;
    List<Ast.StmtNode> body;
    if (node instanceof Ast.FunctionDef f) {
      name = f.name();
      args = f.args();
      body = f.body();
    } else {
      Ast.AsyncFunctionDef f = (Ast.AsyncFunctionDef) node;
      name = f.name();
      args = f.args();
      body = f.body();
    }
    boolean dunder = name.startsWith("__") && name.endsWith("__");
    if ((name.startsWith("_") && !dunder) || body.isEmpty() || !(body.get(0) instanceof Ast.Assert
        || body.size() > 1 && isDocstring(body.get(0)) && body.get(1) instanceof Ast.Assert)) {
      return;
    }
    if (Calls.isTestFile(file) || isPrivateModule(file)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    Ast.Node parent = model.parentOf(node);
    if (!(parent instanceof Ast.Module
        || parent instanceof Ast.ClassDef c && !c.name().startsWith("_")
            && model.parentOf(c) instanceof Ast.Module)) {
      return;
    }
    Set<String> params = new HashSet<>();
    List<Ast.Arg> all = new ArrayList<>(args.posonlyargs());
    all.addAll(args.args());
    all.addAll(args.kwonlyargs());
    for (Ast.Arg a : all) {
      params.add(a.arg());
    }
    if (parent instanceof Ast.ClassDef && !all.isEmpty()) {
      params.remove(all.get(0).arg());
    }
    int i = isDocstring(body.get(0)) ? 1 : 0;
    for (; i < body.size() && body.get(i) instanceof Ast.Assert a; i++) {
      String param = parameterIn(a.test(), params);
      if (param != null) {
        Calls.report(file, a, "PV806", "assert validates argument '" + param + "' of '" + name
            + "' and is removed under python -O: raise TypeError or ValueError instead", out);
      }
    }
  }

  /** A module or package whose name starts with an underscore ({@code pkg/_internal/x.py}) is not public API. */
  private static boolean isPrivateModule(ParsedFile file) {
    for (String part : file.file().displayPath().replace('\\', '/').split("/")) {
      if (part.startsWith("_") && !part.equals("__init__.py") && !part.equals("__main__.py")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDocstring(Ast.StmtNode s) {
    return s instanceof Ast.Expr e && e.value() instanceof Ast.Constant c
        && c.value() instanceof ConstantValue.Str;
  }

  private static String parameterIn(Ast.ExprNode test, Set<String> params) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(test);
    int seen = 0;
    while (!stack.isEmpty() && seen++ < MAX_NODES) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Name name && params.contains(name.id())) {
        return name.id();
      }
      AstChildren.push(n, stack);
    }
    return null;
  }
}
