package dev.pyvet.syntax.parser;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokenizer;
import dev.pyvet.syntax.token.Tokens;

/** Parses Python 3.8 to 3.15 source into CPython's AST. */
public final class Parser {
  private Parser() {}

  /** The newest syntax this parser knows (Python 3.15). */
  public static final int LATEST_MINOR = 15;

  /** Parses a module as {@code ast.parse(source)} does; never throws on bad input. */
  public static ParseResult parse(SourceText source) {
    return parse(Tokenizer.tokenize(source), LATEST_MINOR);
  }

  /**
   * Parses with the syntax of Python 3.{@code minor} (8 to 15): below 14, t-strings and
   * unparenthesised except lists are errors as in CPython 3.13; below 15, lazy imports and
   * unpacking in comprehensions are. Other differences between versions are not modelled.
   */
  public static ParseResult parse(SourceText source, int minor) {
    return parse(Tokenizer.tokenize(source), minor);
  }

  /** Parses already tokenized source. */
  public static ParseResult parse(Tokens tokens) {
    return parse(tokens, LATEST_MINOR);
  }

  /** Parses already tokenized source with the syntax of Python 3.{@code minor}. */
  public static ParseResult parse(Tokens tokens, int minor) {
    TokenView view = new TokenView(tokens);
    StatementParser parser = new StatementParser(view);
    parser.minor = minor;
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
