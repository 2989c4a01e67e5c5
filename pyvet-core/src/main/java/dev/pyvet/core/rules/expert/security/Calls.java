package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;

/** Small questions the security rules ask about calls and their arguments. */
final class Calls {
  private Calls() {}

  /** The argument at {@code position}, or passed as {@code name}=, or null. */
  static Ast.ExprNode argument(Ast.Call call, int position, String name) {
    for (Ast.Keyword k : call.keywords()) {
      if (name.equals(k.arg())) {
        return k.value();
      }
    }
    if (position < call.args().size()) {
      Ast.ExprNode a = call.args().get(position);
      for (int i = 0; i <= position; i++) {
        if (call.args().get(i) instanceof Ast.Starred) {
          return null;
        }
      }
      return a;
    }
    return null;
  }

  static boolean hasDoubleStar(Ast.Call call) {
    return call.keywords().stream().anyMatch(k -> k.arg() == null);
  }

  static boolean hasStarred(Ast.Call call) {
    return call.args().stream().anyMatch(a -> a instanceof Ast.Starred);
  }

  static boolean isStrLiteral(Ast.ExprNode e) {
    return e instanceof Ast.Constant c && (c.value() instanceof ConstantValue.Str
        || c.value() instanceof ConstantValue.Bytes);
  }

  static boolean isTrue(Ast.ExprNode e) {
    return e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Bool b && b.value();
  }

  static void report(ParsedFile file, Ast.Located at, String code, String message, dev.pyvet.core.rule.Findings out) {
    out.report(at.lineno(), AstRule.charColumn(file, at.lineno(), at.colOffset()), code, message);
  }

  /** The called function's own name ({@code loads} in {@code pickle.loads(...)}), or null. */
  static String calledName(Ast.Call call) {
    if (call.func() instanceof Ast.Attribute a) {
      return a.attr();
    }
    return call.func() instanceof Ast.Name n ? n.id() : null;
  }

  /** Whether the call's own name is the last segment of one of {@code qualified}: a cheap filter before name resolution. */
  static boolean mayBeOneOf(Ast.Call call, java.util.Set<String> lastSegments) {
    String name = calledName(call);
    return name != null && lastSegments.contains(name);
  }

  /** The last segments of the dotted names in {@code qualified}, for {@link #mayBeOneOf}. */
  @SafeVarargs
  static java.util.Set<String> lastSegments(java.util.Collection<String>... qualified) {
    return java.util.Arrays.stream(qualified).flatMap(java.util.Collection::stream).map(Calls::last)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The last segment of a dotted name. */
  static String last(String dotted) {
    return dotted.substring(dotted.lastIndexOf('.') + 1);
  }

  static boolean isTestFile(ParsedFile file) {
    String path = file.file().displayPath().replace('\\', '/');
    String base = path.substring(path.lastIndexOf('/') + 1);
    return base.startsWith("test") || base.endsWith("_test.py") || base.endsWith("_tests.py")
        || base.equals("conftest.py") || path.contains("/tests/") || path.contains("/test/")
        || path.startsWith("tests/") || path.startsWith("test/");
  }
}
