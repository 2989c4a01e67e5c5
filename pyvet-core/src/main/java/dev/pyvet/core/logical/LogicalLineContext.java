package dev.pyvet.core.logical;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The checker state pycodestyle hands its logical-line checks, as it stands when a logical line
 * is checked.
 */
public record LogicalLineContext(
    FileTokens file,
    PycodestyleOptions options,
    int indentLevel,
    int previousIndentLevel,
    String previousLogical,
    String previousUnindentedLogicalLine,
    int blankLines,
    int blankBefore,
    int lineNumber,
    int indentChar,
    Map<Object, Object> fileState) {

  /** Per-file state of one check (pycodestyle's {@code checker_state}). */
  @SuppressWarnings("unchecked")
  public <T> T state(Object key, Supplier<T> create) {
    return (T) fileState.computeIfAbsent(key, k -> create.get());
  }
}
