package dev.pyvet.core.rule;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * A rule that runs when the walk leaves a scope: after every node inside the scope was visited
 * (so inner scopes end first, the module last). This is where checks that need a whole scope
 * belong, such as names bound but never used.
 */
public interface ScopeEndRule extends Rule {

  /**
   * The node classes that open a scope in Python: the module, functions, lambdas, classes and
   * comprehensions (each has its own scope since Python 3).
   */
  Set<Class<? extends Ast.Node>> SCOPES = Set.of(
      Ast.Module.class, Ast.FunctionDef.class, Ast.AsyncFunctionDef.class, Ast.Lambda.class,
      Ast.ClassDef.class, Ast.ListComp.class, Ast.SetComp.class, Ast.DictComp.class,
      Ast.GeneratorExp.class);

  /** Called once per scope node (one of {@link #SCOPES}), after its whole subtree. */
  void scopeEnd(Ast.Node scope, ParsedFile file, Findings out);
}
