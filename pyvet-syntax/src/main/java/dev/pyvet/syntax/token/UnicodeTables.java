package dev.pyvet.syntax.token;

/** Unicode properties the tokenizer needs: identifier chars (PEP 3131) and printability. */
final class UnicodeTables {
  private UnicodeTables() {}

  static boolean isXidStart(int cp) {
    return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  static boolean isXidContinue(int cp) {
    return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
  }

  /** Python's str.isprintable for one code point. */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    int type = Character.getType(cp);
    return switch (type) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }
}
