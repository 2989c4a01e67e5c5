package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.source.SourceText;

/** Parses Python 3.8 to 3.15 source into CPython's AST. */
public final class Parser {
  private Parser() {}

  /** Parses a module as {@code ast.parse(source)} does; never throws on bad input. */
  public static ParseResult parse(SourceText source) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
