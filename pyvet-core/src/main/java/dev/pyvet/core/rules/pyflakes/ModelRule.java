package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.Rule;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.core.semantic.NameMessage;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

/**
 * A pyflakes rule whose findings come from the file's {@link SemanticModel}: the model's walk,
 * which follows pyflakes' checker, decides them (in pyflakes' order, which many depend on); each
 * rule reports those of its code. All such rules of a run share one model per file.
 */
abstract class ModelRule implements AstRule {
  private final List<String> builtins;
  private final boolean doctests;
  private final String code;

  protected ModelRule(List<String> builtins, boolean doctests) {
    this.builtins = List.copyOf(builtins);
    this.doctests = doctests;
    this.code = meta().code();
  }

  /** This rule with {@code builtins} as the extra builtin names, checking doctests or not. */
  protected abstract ModelRule configured(List<String> builtins, boolean doctests);

  @Override
  public final Rule withOptions(RuleOptions options) {
    return options.builtins().equals(builtins) && options.doctests() == doctests
        ? this
        : configured(options.builtins(), options.doctests());
  }

  @Override
  public final Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Module.class);
  }

  @Override
  public final void visit(Ast.Node node, ParsedFile file, Findings out) {
    List<NameMessage> messages = SemanticModel.of(file, builtins, doctests).messages(code);
    if (messages.isEmpty()) {
      return;
    }
    Utf8Columns columns = Utf8Columns.of(file);
    for (NameMessage m : messages) {
      out.report(m.line(), columns.charColumn(m.line(), m.utf8Column()), code, m.message());
    }
  }
}
