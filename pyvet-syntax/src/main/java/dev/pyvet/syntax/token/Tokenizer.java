package dev.pyvet.syntax.token;

import dev.pyvet.syntax.source.SourceText;

/** Python's tokenizer, exact to CPython 3.13's {@code tokenize} (3.14 t-strings included). */
public final class Tokenizer {
  private Tokenizer() {}

  /** Tokenizes the whole text; never throws on bad input (see {@link Tokens#error()}). */
  public static Tokens tokenize(SourceText source) {
    return new Lexer(source).run();
  }
}
