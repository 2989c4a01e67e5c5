package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.token.Tokens;

/**
 * What parsing one file gives: the tokens, and either the module or the first syntax error as
 * CPython would report it.
 */
public record ParseResult(Tokens tokens, Ast.Module module, PySyntaxError error) {
  public boolean ok() {
    return error == null;
  }
}
