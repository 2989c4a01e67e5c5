package dev.pyvet.syntax.conformance;

import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.ast.AstDump;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.SourceText;

/**
 * What parsing one file gives, in a form both CPython and pyvet can produce: the AST dump, or the
 * error's class, message and position.
 */
public sealed interface Outcome {

  /** The oracle is CPython 3.13, so pyvet parses with 3.13's syntax here. */
  int ORACLE_MINOR = 13;

  /** The text the mismatch report compares and shows. */
  String text();

  /** {@code ast.dump(tree, include_attributes=True)}. */
  record Dump(String text) implements Outcome {}

  /**
   * A rejected file. {@code offset} is null when unknown: CPython gives None for some errors, and
   * pyvet's decoding errors carry only a line.
   */
  record Error(String kind, int line, Integer offset, String message) implements Outcome {
    @Override
    public String text() {
      return kind + ": " + message + " (line " + line + ", offset " + (offset == null ? "None" : offset) + ")";
    }
  }

  /** Parses a cache entry written by {@code scripts/ast_dump.py}. */
  static Outcome ofPythonEntry(String entry) {
    if (!entry.startsWith("!")) {
      return new Dump(entry);
    }
    String[] parts = entry.substring(1).split("\\|", 4);
    Integer offset = parts[2].equals("None") ? null : Integer.valueOf(parts[2]);
    int line = parts[1].equals("None") ? 0 : Integer.parseInt(parts[1]);
    return new Error(parts[0], line, offset, parts[3]);
  }

  /** Decodes, parses (with 3.13's syntax) and dumps as pyvet does. Exceptions (crashes) propagate. */
  static Outcome ofPyvet(byte[] bytes) {
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (SourceDecodingException e) {
      return new Error("SyntaxError", e.line(), null, e.getMessage());
    }
    ParseResult result = Parser.parse(source, ORACLE_MINOR);
    PySyntaxError error = result.error();
    if (error != null) {
      return new Error(error.kind().name(), error.line(), error.column(), error.message());
    }
    return new Dump(AstDump.dump(result.module()));
  }

  /**
   * Whether pyvet's outcome matches CPython's: equal dumps, or the same error (the offset is
   * compared only when pyvet knows it).
   */
  static boolean matches(Outcome python, Outcome pyvet) {
    if (python instanceof Dump p && pyvet instanceof Dump q) {
      return p.text().equals(q.text());
    }
    if (python instanceof Error p && pyvet instanceof Error q) {
      return p.kind().equals(q.kind())
          && p.message().equals(q.message())
          && p.line() == q.line()
          && (q.offset() == null || q.offset().equals(p.offset()));
    }
    return false;
  }
}
