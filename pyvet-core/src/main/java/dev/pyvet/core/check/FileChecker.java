package dev.pyvet.core.check;

import dev.pyvet.core.diagnostic.CodeSelection;
import dev.pyvet.core.diagnostic.Codes;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.discovery.IoErrors;
import dev.pyvet.core.noqa.NoqaDirectives;
import dev.pyvet.syntax.PySyntaxError;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.source.SourceDecodingException;
import dev.pyvet.syntax.source.LineIndex;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.Tokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-file pipeline: read the bytes, decode them, parse, then run the rules on the tree.
 *
 * <p>A file that cannot be read or decoded gets one E902; one that does not parse gets one E999
 * (its rules do not run, as in flake8). Findings then go through the file's noqa directives
 * ({@link NoqaDirectives}) unless they are disabled: a file-level {@code # flake8: noqa} skips the
 * file, an inline {@code # noqa} silences findings on its lines.
 */
public final class FileChecker {
  private final SyntaxFrontend frontend;
  private final CodeSelection selection;
  private final List<FileRule> rules;
  private final boolean honourNoqa;

  public FileChecker(CodeSelection selection, List<FileRule> rules) {
    this(SyntaxFrontend.PYTHON, selection, rules);
  }

  public FileChecker(SyntaxFrontend frontend, CodeSelection selection, List<FileRule> rules) {
    this(frontend, selection, rules, true);
  }

  private FileChecker(SyntaxFrontend frontend, CodeSelection selection, List<FileRule> rules, boolean honourNoqa) {
    this.frontend = frontend;
    this.selection = selection;
    this.rules = List.copyOf(rules);
    this.honourNoqa = honourNoqa;
  }

  /** This checker, reading {@code # noqa} comments or not (flake8's {@code --disable-noqa}). */
  public FileChecker honouringNoqa(boolean honour) {
    return new FileChecker(frontend, selection, rules, honour);
  }

  public List<Diagnostic> check(FileToCheck file) {
    String path = file.displayPath();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      List<Diagnostic> found = new ArrayList<>();
      // flake8 reports unreadable files at row 0, column 1.
      report(found, new Diagnostic(path, 0, 1, Codes.IO_ERROR, IoErrors.describe(e, path)));
      return found;
    }
    return check(file, bytes);
  }

  /** Checks {@code file} whose content, already read, is {@code bytes}. */
  public List<Diagnostic> check(FileToCheck file, byte[] bytes) {
    List<Diagnostic> found = new ArrayList<>();
    String path = file.displayPath();
    SourceText source;
    try {
      source = frontend.decode(bytes);
    } catch (SourceDecodingException e) {
      // flake8 reads such a file as latin-1; its noqa directives are read from that text.
      String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
      NoqaDirectives noqa = directives(latin1, LineIndex.of(latin1), null);
      if (noqa.fileDisabled()) {
        return found;
      }
      report(
          found,
          noqa,
          new Diagnostic(
              path, Math.max(e.line(), 1), 1, Codes.IO_ERROR, DecodeErrors.describe(e, bytes)));
      return found;
    }
    ParseResult result = frontend.parse(source);
    NoqaDirectives noqa = honourNoqa ? NoqaDirectives.of(source, result.tokens()) : NoqaDirectives.NONE;
    if (noqa.fileDisabled()) {
      return found;
    }
    if (!result.ok()) {
      report(found, noqa, syntaxError(path, result.error()));
      return found;
    }
    ParsedFile parsed = new ParsedFile(file, source, result);
    for (FileRule rule : rules) {
      rule.check(parsed, d -> report(found, noqa, d));
    }
    return found;
  }

  /**
   * E999 where flake8 puts it: flake8 (on Python 3.10+) takes the SyntaxError's line and its
   * 1-based {@code offset} as a 0-based column, then adds one when printing.
   */
  static Diagnostic syntaxError(String path, PySyntaxError error) {
    return new Diagnostic(
        path, error.line(), error.column() + 1, Codes.SYNTAX_ERROR, error.describe());
  }

  /** Whether findings with {@code code} are reported. */
  public boolean selects(String code) {
    return selection.isSelected(code);
  }

  private NoqaDirectives directives(String text, LineIndex lines, Tokens tokens) {
    return honourNoqa ? NoqaDirectives.of(text, lines, tokens) : NoqaDirectives.NONE;
  }

  private void report(List<Diagnostic> found, Diagnostic d) {
    report(found, NoqaDirectives.NONE, d);
  }

  private void report(List<Diagnostic> found, NoqaDirectives noqa, Diagnostic d) {
    if (selection.isSelected(d.code()) && !noqa.suppresses(d.row(), d.code())) {
      found.add(d);
    }
  }
}
