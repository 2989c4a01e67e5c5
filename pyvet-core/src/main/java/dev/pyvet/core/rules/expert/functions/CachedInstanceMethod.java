package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

@RuleInfo(
    code = "PV203",
    name = "cached-instance-method",
    family = "expert",
    summary = "functools.lru_cache or functools.cache decorates an instance method.",
    defaultEnabled = true)
public final class CachedInstanceMethod implements AstRule {
  /** Methods Python makes static or class methods implicitly. */
  private static final Set<String> IMPLICIT = Set.of("__new__", "__init_subclass__",
      "__class_getitem__");
  private static final Set<String> NOT_INSTANCE = Set.of("builtins.staticmethod",
      "builtins.classmethod");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.ClassDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    SemanticModel model = null;
    for (Ast.StmtNode s : ((Ast.ClassDef) node).body()) {
      Syntax.Def def = Syntax.Def.of(s);
      if (def == null || def.decorators().isEmpty() || IMPLICIT.contains(def.name())) {
        continue;
      }
      if (model == null) {
        model = ExpertModel.of(file);
      }
      Ast.ExprNode cache = Caches.cacheDecorator(model, def);
      if (cache == null || Caches.hasDecorator(model, def, NOT_INSTANCE)
          || (def.args().posonlyargs().isEmpty() && def.args().args().isEmpty())) {
        continue;
      }
      out.report(cache.lineno(), Syntax.column(file, cache), "PV203",
          Caches.shownName(model, cache) + " on method '" + def.name()
              + "' keeps every instance alive in one cache shared by the class: use"
              + " functools.cached_property or a cache stored on the instance");
    }
  }
}
