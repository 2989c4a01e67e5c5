package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import dev.pyvet.syntax.token.Tokens;

/** Parses Python 3.8 to 3.15 source into CPython's AST. */
public final class Parser {
  private Parser() {}

  /** Parses a module as {@code ast.parse(source)} does; never throws on bad input. */
  public static ParseResult parse(SourceText source) {
    return parse(Tokenizer.tokenize(source));
  }

  /** Parses already tokenized source. */
  public static ParseResult parse(Tokens tokens) {
    TokenView view = new TokenView(tokens);
    StatementParser parser = new StatementParser(view);
    try {
      Ast.Module module = parser.file();
      return new ParseResult(tokens, module, null);
    } catch (ParseError e) {
      PySyntaxError error = Diagnosis.diagnose(view, parser, e);
      return new ParseResult(tokens, null, error);
    } catch (StackOverflowError e) {
      // Backstop only: the depth accounting stops at CPython's limits long before this on
      // normal thread stacks.
      return new ParseResult(tokens, null, ParserBase.TOO_COMPLEX);
    }
  }
}
