package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/** Recognises the standard library's memoizing decorators through imports and aliases. */
final class Caches {
  private static final Set<String> CACHES = Set.of("functools.lru_cache", "functools.cache");

  private Caches() {}

  /** The first memoizing decorator of a function ({@code @lru_cache}, {@code @cache(...)}), or null. */
  static Ast.ExprNode cacheDecorator(SemanticModel model, Syntax.Def def) {
    for (Ast.ExprNode d : def.decorators()) {
      String q = QualifiedNames.of(model, Syntax.decoratorCallee(d));
      if (q != null && CACHES.contains(q)) {
        return d;
      }
    }
    return null;
  }

  /** The short name shown in messages, e.g. {@code functools.lru_cache}. */
  static String shownName(SemanticModel model, Ast.ExprNode decorator) {
    return QualifiedNames.of(model, Syntax.decoratorCallee(decorator));
  }

  /** Whether any decorator of the function is one of {@code names} (qualified). */
  static boolean hasDecorator(SemanticModel model, Syntax.Def def, Set<String> names) {
    for (Ast.ExprNode d : def.decorators()) {
      String q = QualifiedNames.of(model, Syntax.decoratorCallee(d));
      if (q != null && names.contains(q)) {
        return true;
      }
    }
    return false;
  }
}
