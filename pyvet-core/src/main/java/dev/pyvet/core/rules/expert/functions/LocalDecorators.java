package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.List;

/** The decorators of a def or class that are bare names bound to a plain def of this file. */
final class LocalDecorators {
  private LocalDecorators() {}

  /** One such decorator: the name written after {@code @} and the function it resolves to. */
  record Use(Ast.Name name, Ast.FunctionDef function) {}

  /** The uses on a FunctionDef, AsyncFunctionDef or ClassDef, in source order. */
  static List<Use> of(Ast.Node decorated, ParsedFile file) {
    List<Ast.ExprNode> decorators = decorated instanceof Ast.ClassDef c ? c.decoratorList()
        : Syntax.Def.of(decorated).decorators();
    List<Use> uses = new ArrayList<>();
    // the model is only needed, and built, when some decorator is a bare name
    SemanticModel model = null;
    for (Ast.ExprNode d : decorators) {
      if (!(d instanceof Ast.Name name)) {
        continue;
      }
      if (model == null) {
        model = ExpertModel.of(file);
      }
      Binding b = model.bindingOf(name);
      if (b != null && b.kind() == Binding.Kind.FUNCTION && b.source() instanceof Ast.FunctionDef f) {
        uses.add(new Use(name, f));
      }
    }
    return uses;
  }
}
