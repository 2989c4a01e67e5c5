package dev.pyvet.syntax.ast;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * CPython 3.13's Unicode facts (Unicode 15.1) where Java's own Unicode version would answer
 * differently: assignment, {@code str.isprintable()}, unified ideographs and name aliases.
 */
public final class PyUnicode {
  private PyUnicode() {}

  private static final int[] UNASSIGNED = parse(PyUnicodeTables.UNASSIGNED);
  private static final int[] NONPRINTABLE = parse(PyUnicodeTables.NONPRINTABLE);
  private static final int[] UNIFIED_IDEOGRAPHS = parse(PyUnicodeTables.UNIFIED_IDEOGRAPHS);
  private static final Map<String, Integer> ALIASES = aliases();

  /** Python's {@code chr(cp).isprintable()}. */
  public static boolean isPrintable(int cp) {
    if (cp >= 0x20 && cp < 0x7F) {
      return true;
    }
    if (cp < 0xA1) {
      return false; // C0 and C1 controls, DEL and NO-BREAK SPACE
    }
    return !inRanges(NONPRINTABLE, cp);
  }

  /** Whether Python's unicodedata gives {@code cp} a category other than Cn. */
  public static boolean isAssigned(int cp) {
    return !inRanges(UNASSIGNED, cp);
  }

  /** Whether CPython names {@code cp} {@code CJK UNIFIED IDEOGRAPH-XXXX}. */
  public static boolean isUnifiedIdeograph(int cp) {
    return inRanges(UNIFIED_IDEOGRAPHS, cp);
  }

  /**
   * Whether Java's {@link Character#getName} for {@code cp} is the name CPython knows it by:
   * assigned in Unicode 15.1, not a control (Java gives those their Unicode 1.0 names, CPython
   * none), and a real name rather than Java's block-plus-hex stand-in.
   */
  public static boolean hasJavaName(int cp) {
    if (!isAssigned(cp) || Character.getType(cp) == Character.CONTROL) {
      return false;
    }
    String name = Character.getName(cp);
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return name != null
        && (block == null
            || !name.equals(
                block.toString().replace('_', ' ')
                    + " "
                    + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)));
  }

  /** The code point of a name alias (upper case), or -1. */
  public static int alias(String upperName) {
    Integer cp = ALIASES.get(upperName);
    return cp == null ? -1 : cp;
  }

  /** Ranges are sorted {@code [start0, end0, start1, end1, ...]}, ends inclusive. */
  private static boolean inRanges(int[] ranges, int cp) {
    int i = Arrays.binarySearch(ranges, cp);
    // Found: cp is a start or an end. Not found: inside a range iff it falls after a start.
    return i >= 0 || ((-i - 1) & 1) == 1;
  }

  private static int[] parse(String table) {
    String[] items = table.trim().split(" ");
    int[] out = new int[items.length * 2];
    for (int i = 0; i < items.length; i++) {
      String item = items[i];
      int dash = item.indexOf('-');
      int start = Integer.parseInt(dash < 0 ? item : item.substring(0, dash), 36);
      int end = dash < 0 ? start : Integer.parseInt(item.substring(dash + 1), 36);
      out[2 * i] = start;
      out[2 * i + 1] = end;
    }
    return out;
  }

  private static Map<String, Integer> aliases() {
    String[] names = PyUnicodeTables.ALIAS_NAMES;
    Map<String, Integer> map = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], PyUnicodeTables.ALIAS_CODE_POINTS[i]);
    }
    return map;
  }
}
