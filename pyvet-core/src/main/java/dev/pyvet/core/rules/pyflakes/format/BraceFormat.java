package dev.pyvet.core.rules.pyflakes.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code string.Formatter().parse} (CPython's {@code _string.formatter_parser}): splits
 * a {@code str.format} template into literal text and replacement fields, failing with
 * CPython's {@code ValueError} texts where it fails. Field names are not split further here:
 * the parser only finds where they end.
 */
public final class BraceFormat {
  private BraceFormat() {}

  /**
   * One item as {@code Formatter.parse} yields it: {@code fieldName}, {@code formatSpec} and
   * {@code conversion} are null when no field follows the literal (an escaped brace, or the end);
   * a field without a spec has an empty one.
   */
  public record Item(String literal, String fieldName, String formatSpec, String conversion) {}

  /** The items of {@code s}, given as Python's code points. */
  public static List<Item> parse(int[] s) throws InvalidFormatString {
    List<Item> items = new ArrayList<>();
    int n = s.length;
    int pos = 0;
    while (pos < n) {
      int start = pos;
      int c = 0;
      boolean markup = false;
      while (pos < n) {
        c = s[pos++];
        if (c == '{' || c == '}') {
          markup = true;
          break;
        }
      }
      boolean atEnd = pos >= n;
      int length = pos - start;
      if (c == '}' && (atEnd || s[pos] != '}')) {
        throw new InvalidFormatString("Single '}' encountered in format string");
      }
      if (atEnd && c == '{') {
        throw new InvalidFormatString("Single '{' encountered in format string");
      }
      if (!atEnd) {
        if (s[pos] == c) {
          // a doubled brace: the literal keeps one, no field follows
          pos++;
          markup = false;
        } else {
          length--;
        }
      }
      String literal = PercentFormat.text(s, start, start + length);
      if (!markup) {
        items.add(new Item(literal, null, null, null));
        continue;
      }
      pos = field(s, pos, literal, items);
    }
    return items;
  }

  /** Parses the field that starts at {@code pos} (after its '{'); returns where parsing goes on. */
  private static int field(int[] s, int pos, String literal, List<Item> items)
      throws InvalidFormatString {
    int n = s.length;
    int nameStart = pos;
    int c = 0;
    while (pos < n) {
      c = s[pos++];
      if (c == '{') {
        throw new InvalidFormatString("unexpected '{' in field name");
      }
      if (c == '[') {
        // an index may hold ':', '!' and '}' (not '{': that is checked above, on the next turn)
        while (pos < n && s[pos] != ']') {
          pos++;
        }
        continue;
      }
      if (c == '}' || c == ':' || c == '!') {
        break;
      }
    }
    String name = PercentFormat.text(s, nameStart, Math.max(nameStart, pos - 1));
    if (c == '!' || c == ':') {
      String conversion = null;
      if (c == '!') {
        if (pos >= n) {
          throw new InvalidFormatString("end of string while looking for conversion specifier");
        }
        conversion = PercentFormat.text(s, pos, pos + 1);
        pos++;
        if (pos < n) {
          int next = s[pos++];
          if (next == '}') {
            items.add(new Item(literal, name, "", conversion));
            return pos;
          }
          if (next != ':') {
            throw new InvalidFormatString("expected ':' after conversion specifier");
          }
        }
      }
      int specStart = pos;
      int depth = 1;
      while (pos < n) {
        int d = s[pos++];
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
          if (depth == 0) {
            items.add(new Item(literal, name, PercentFormat.text(s, specStart, pos - 1), conversion));
            return pos;
          }
        }
      }
      throw new InvalidFormatString("unmatched '{' in format spec");
    }
    if (c != '}') {
      throw new InvalidFormatString("expected '}' before end of string");
    }
    items.add(new Item(literal, name, "", null));
    return pos;
  }
}
