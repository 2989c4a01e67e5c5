package dev.pyvet.core.rule;

/**
 * Where rules report. Positions are a 1-based row and a 0-based column counted in chars
 * (UTF-16 units) of that row's physical line; the engine turns them into the code-point columns
 * flake8 prints.
 */
@FunctionalInterface
public interface Findings {
  void report(int row, int column, String code, String message);
}
