package dev.pyvet.core.config;

import dev.pyvet.core.rule.RuleRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code per-file-ignores} entry: files matching {@code pattern} also ignore {@code codes}.
 * Parsed as flake8's {@code parse_files_to_codes_mapping}: {@code PATTERNS: CODES} groups,
 * patterns and codes separated by commas or whitespace, a new group starting at the first
 * pattern after codes. A code is upper-case letters then digits; a rule's kebab-case name is
 * taken as its code too (pyvet's addition).
 */
public record PerFileIgnore(String pattern, List<String> codes) {
  public PerFileIgnore {
    codes = List.copyOf(codes);
  }

  /** Thrown when the text is not a mapping; the message says what was expected. */
  public static final class SyntaxException extends IllegalArgumentException {
    SyntaxException(String message) {
      super(message);
    }
  }

  private enum Kind { CODE, FILE, COLON, COMMA, WS, EOF }

  private record Token(Kind kind, String text) {}

  public static List<PerFileIgnore> parse(String value) {
    List<PerFileIgnore> out = new ArrayList<>();
    if (value.isBlank()) {
      return out;
    }
    boolean seenSeparator = true;
    boolean seenColon = false;
    List<String> files = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (Token t : tokenize(value)) {
      Kind kind = t.kind;
      if (seenColon && kind == Kind.FILE && RuleRegistry.find(t.text) != null) {
        kind = Kind.CODE;
      }
      if (kind == Kind.COMMA || kind == Kind.WS) {
        seenSeparator = true;
      } else if (!seenColon) {
        if (kind == Kind.COLON) {
          seenColon = true;
          seenSeparator = true;
        } else if (seenSeparator && kind == Kind.FILE) {
          files.add(t.text);
          seenSeparator = false;
        } else {
          throw unexpected();
        }
      } else if (kind == Kind.EOF) {
        flush(files, codes, out);
      } else if (seenSeparator && kind == Kind.CODE) {
        codes.add(t.text);
        seenSeparator = false;
      } else if (seenSeparator && kind == Kind.FILE) {
        flush(files, codes, out);
        seenColon = false;
        files.add(t.text);
        seenSeparator = false;
      } else {
        throw unexpected();
      }
    }
    return out;
  }

  private static void flush(List<String> files, List<String> codes, List<PerFileIgnore> out) {
    if (!codes.isEmpty()) {
      for (String f : files) {
        out.add(new PerFileIgnore(f, codes));
      }
    }
    files.clear();
    codes.clear();
  }

  private static SyntaxException unexpected() {
    return new SyntaxException(
        "expected a mapping from file patterns to codes, e.g. 'tests/*: E501 W291, setup.py: E1'");
  }

  private static List<Token> tokenize(String v) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = v.length();
    while (i < n) {
      char c = v.charAt(i);
      int end;
      if (c >= 'A' && c <= 'Z' && (end = codeEnd(v, i)) > 0) {
        out.add(new Token(Kind.CODE, v.substring(i, end)));
      } else if (!IniFile.isPySpace(c) && c != ':' && c != ',') {
        end = i;
        while (end < n && !IniFile.isPySpace(v.charAt(end)) && v.charAt(end) != ':'
            && v.charAt(end) != ',') {
          end++;
        }
        out.add(new Token(Kind.FILE, v.substring(i, end)));
      } else {
        end = i;
        while (end < n && IniFile.isPySpace(v.charAt(end))) {
          end++;
        }
        if (end < n && (v.charAt(end) == ':' || v.charAt(end) == ',')) {
          Kind kind = v.charAt(end) == ':' ? Kind.COLON : Kind.COMMA;
          end++;
          while (end < n && IniFile.isPySpace(v.charAt(end))) {
            end++;
          }
          out.add(new Token(kind, v.substring(i, end).strip()));
        } else {
          out.add(new Token(Kind.WS, ""));
        }
      }
      i = end;
    }
    out.add(new Token(Kind.EOF, ""));
    return out;
  }

  /** End of {@code [A-Z]+[0-9]*} at {@code i} when followed by the end, whitespace or a comma; else -1. */
  private static int codeEnd(String v, int i) {
    int j = i;
    while (j < v.length() && v.charAt(j) >= 'A' && v.charAt(j) <= 'Z') {
      j++;
    }
    while (j < v.length() && v.charAt(j) >= '0' && v.charAt(j) <= '9') {
      j++;
    }
    return j == v.length() || IniFile.isPySpace(v.charAt(j)) || v.charAt(j) == ',' ? j : -1;
  }
}
