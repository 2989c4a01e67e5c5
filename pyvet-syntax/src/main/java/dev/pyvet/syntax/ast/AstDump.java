package dev.pyvet.syntax.ast;

/**
 * Writes a tree exactly as CPython 3.13's {@code ast.dump(tree, include_attributes=True)} does:
 * one line, empty lists and absent optional fields left out, constants in Python's repr.
 */
public final class AstDump {
  private AstDump() {}

  public static String dump(Ast.Node node) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
