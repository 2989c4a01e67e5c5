package dev.pyvet.core.check;

import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;

/** Turns a file's bytes into a tree: decoding, then parsing. */
public interface SyntaxFrontend {
  SourceText decode(byte[] bytes) throws SourceDecodingException;

  ParseResult parse(SourceText source);

  /** pyvet-syntax's decoder and parser, exact to CPython. */
  SyntaxFrontend PYTHON =
      new SyntaxFrontend() {
        @Override
        public SourceText decode(byte[] bytes) throws SourceDecodingException {
          return SourceText.decode(bytes);
        }

        @Override
        public ParseResult parse(SourceText source) {
          return Parser.parse(source);
        }
      };
}
