package dev.pyvet.core.rules.pycodestyle;

/**
 * One finding of a shared analysis, as tests collect them: at an offset of the logical line, or
 * at a physical position.
 */
record Hit(boolean mapped, int offset, int row, int col, String code, String message) {
  static Hit at(int offset, String codeAndMessage) {
    return new Hit(true, offset, 0, 0, codeAndMessage.substring(0, 4), codeAndMessage.substring(5));
  }

  static Hit atPosition(int row, int col, String codeAndMessage) {
    return new Hit(false, 0, row, col, codeAndMessage.substring(0, 4), codeAndMessage.substring(5));
  }
}
