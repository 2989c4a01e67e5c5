package dev.pyvet.core.rules.expert.performance;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV502",
    name = "list-membership-in-loop",
    family = "expert",
    summary = "A list is searched with in, not in or index() inside a loop.",
    defaultEnabled = false)
public final class ListMembershipInLoop implements AstRule {

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    LocalNames names = new LocalNames(ListMembershipInLoop::isList);
    record Search(Ast.Located at, Ast.ExprNode list, boolean index) {}
    List<Search> searches = new ArrayList<>();
    // parameters have unknown types, even when the function later rebinds them to a list
    Ast.Arguments params = node instanceof Ast.FunctionDef f ? f.args()
        : ((Ast.AsyncFunctionDef) node).args();
    for (List<Ast.Arg> group : List.of(params.posonlyargs(), params.args(), params.kwonlyargs())) {
      group.forEach(a -> names.others.add(a.arg()));
    }
    if (params.vararg() != null) {
      names.others.add(params.vararg().arg());
    }
    if (params.kwarg() != null) {
      names.others.add(params.kwarg().arg());
    }
    ScopeWalk.walk(ScopeWalk.bodyOf(node), (n, inLoop) -> {
      switch (n) {
        case Ast.Assign a -> {
          if (a.targets().size() == 1 && a.targets().get(0) instanceof Ast.Name t) {
            names.bind(t, a.value());
          }
        }
        case Ast.AugAssign a -> {
          if (a.target() instanceof Ast.Name t) {
            names.augment(t, a.op());
          }
        }
        case Ast.Compare c when inLoop -> {
          for (int i = 0; i < c.ops().size(); i++) {
            Ast.CmpOpKind op = c.ops().get(i);
            if (op == Ast.CmpOpKind.In || op == Ast.CmpOpKind.NotIn) {
              searches.add(new Search(c, c.comparators().get(i), false));
            }
          }
        }
        case Ast.Call c when inLoop -> {
          if (c.func() instanceof Ast.Attribute a && a.attr().equals("index")
              && c.args().size() == 1 && c.keywords().isEmpty()) {
            searches.add(new Search(c, a.value(), true));
          }
        }
        default -> names.visit(n);
      }
    });
    for (Search s : searches) {
      String what;
      if (s.list() instanceof Ast.Name name && names.ofKind.contains(name.id())
          && !names.others.contains(name.id())) {
        what = "list '" + name.id() + "'";
      } else if (!s.index() && s.list() instanceof Ast.List literal
          && literal.elts().size() > 1 && allConstants(literal)) {
        what = "a list literal";
      } else {
        continue;
      }
      String fix = s.index()
          ? "build a dict from item to position once, before the loop"
          : s.list() instanceof Ast.List ? "use a set literal {...}"
          : "keep a set of the items beside the list, or use a set";
      String how = s.index() ? "index() on " : "membership test on ";
      out.report(s.at().lineno(), ScopeWalk.column(file, s.at()), "PV502",
          how + what + " inside a loop scans the whole list each time: " + fix);
    }
  }

  /** Whether an expression certainly builds a new list. */
  private static boolean isList(Ast.ExprNode value) {
    return value instanceof Ast.List || value instanceof Ast.ListComp
        || (value instanceof Ast.Call c && c.func() instanceof Ast.Name n
            && (n.id().equals("list") || n.id().equals("sorted")));
  }

  private static boolean allConstants(Ast.List literal) {
    for (Ast.ExprNode e : literal.elts()) {
      if (!(e instanceof Ast.Constant)) {
        return false;
      }
    }
    return true;
  }
}
