package dev.pyvet.core.rule;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.syntax.ast.Ast;
import java.util.Set;

/**
 * A rule that looks at tree nodes. The engine walks each tree once and hands every rule only the
 * node classes it asked for.
 */
public interface AstRule extends Rule {
  /** The node classes (records of {@link Ast}) this rule wants to see. */
  Set<Class<? extends Ast.Node>> nodeKinds();

  /**
   * Reports as {@link Findings} wants (columns in chars of the row); nodes carry CPython's
   * UTF-8 byte columns, which {@link #charColumn} converts.
   */
  void visit(Ast.Node node, ParsedFile file, Findings out);

  /** The char column of a node's UTF-8 byte column {@code utf8Col} on the 1-based {@code line}. */
  static int charColumn(ParsedFile file, int line, int utf8Col) {
    var lines = file.source().lines();
    String text = file.source().text();
    int start = lines.lineStart(line);
    int bytes = 0;
    int i = start;
    while (bytes < utf8Col && i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
      i++;
    }
    return i - start;
  }
}
