package dev.pyvet.core.rules.expert.data;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Set;

/**
 * What the data rules know about expressions without type inference: whether a value is surely
 * bytes or surely str, judged from literals, a few calls whose result type is fixed, and a local
 * name's last plain assignment (followed a few steps at most).
 */
final class Exprs {
  private Exprs() {}

  private static final int MAX_HOPS = 4;
  private static final int MAX_UP = 40;

  private static final Set<String> BYTES_FUNCTIONS = Set.of(
      "builtins.bytes", "os.urandom", "os.fsencode", "struct.pack",
      "base64.b64encode", "base64.b64decode", "base64.urlsafe_b64encode",
      "base64.urlsafe_b64decode", "base64.standard_b64encode", "base64.standard_b64decode",
      "base64.b32encode", "base64.b32decode", "base64.b16encode", "base64.b16decode",
      "base64.b85encode", "base64.a85encode", "base64.encodebytes", "base64.decodebytes",
      "binascii.hexlify", "binascii.unhexlify", "binascii.b2a_hex", "binascii.a2b_hex",
      "zlib.compress", "zlib.decompress", "gzip.compress", "gzip.decompress",
      "bz2.compress", "bz2.decompress", "lzma.compress", "lzma.decompress",
      "pickle.dumps", "marshal.dumps");

  private static final Set<String> STR_FUNCTIONS = Set.of(
      "builtins.str", "builtins.repr", "builtins.ascii", "builtins.format", "builtins.chr",
      "builtins.hex", "builtins.oct", "builtins.bin", "os.fsdecode", "json.dumps");

  private static final Set<String> TEXT_MODE_KEYWORDS = Set.of(
      "text", "universal_newlines", "encoding", "errors");

  static boolean isBytes(SemanticModel model, Ast.ExprNode e) {
    return isBytes(model, e, MAX_HOPS);
  }

  static boolean isStr(SemanticModel model, Ast.ExprNode e) {
    return isStr(model, e, MAX_HOPS);
  }

  private static boolean isBytes(SemanticModel model, Ast.ExprNode e, int hops) {
    if (e instanceof Ast.Constant c) {
      return c.value() instanceof ConstantValue.Bytes;
    }
    if (e instanceof Ast.Name n) {
      Ast.ExprNode v = assignedValue(model, n);
      return v != null && hops > 0 && isBytes(model, v, hops - 1);
    }
    if (!(e instanceof Ast.Call call) || hasStarred(call)) {
      return false;
    }
    if (call.func() instanceof Ast.Attribute a && QualifiedNames.of(model, a.value()) == null) {
      switch (a.attr()) {
        case "encode":
          // str.encode([encoding[, errors]]); objects with an encode(obj) method (JSON
          // encoders) take a non-literal argument
          return call.args().size() <= 2 && call.args().stream().allMatch(Exprs::isStrLiteral)
              && call.keywords().stream().allMatch(k -> "encoding".equals(k.arg()) || "errors".equals(k.arg()));
        case "digest":
          return call.args().isEmpty() && call.keywords().isEmpty();
        default:
          break;
      }
    }
    String q = QualifiedNames.ofCall(model, call);
    if (q == null) {
      return false;
    }
    if (q.equals("subprocess.check_output")) {
      return call.keywords().stream().noneMatch(k -> TEXT_MODE_KEYWORDS.contains(k.arg()));
    }
    return BYTES_FUNCTIONS.contains(q);
  }

  private static boolean isStr(SemanticModel model, Ast.ExprNode e, int hops) {
    if (e instanceof Ast.Constant c) {
      return c.value() instanceof ConstantValue.Str;
    }
    if (e instanceof Ast.JoinedStr) {
      return true;
    }
    if (e instanceof Ast.BinOp b && b.op() == Ast.OperatorKind.Mod) {
      return isStrLiteral(b.left());
    }
    if (e instanceof Ast.Name n) {
      Ast.ExprNode v = assignedValue(model, n);
      return v != null && hops > 0 && isStr(model, v, hops - 1);
    }
    if (!(e instanceof Ast.Call call) || hasStarred(call)) {
      return false;
    }
    if (call.func() instanceof Ast.Attribute a) {
      if (isStrLiteral(a.value())) {
        // "...".format(...), "".join(...), "x".upper() and the like all give str
        return !a.attr().equals("encode");
      }
      if (a.attr().equals("decode") && QualifiedNames.of(model, a.value()) == null) {
        return call.args().size() <= 2 && call.args().stream().allMatch(Exprs::isStrLiteral);
      }
    }
    String q = QualifiedNames.ofCall(model, call);
    return q != null && STR_FUNCTIONS.contains(q);
  }

  /**
   * Whether the call sits in a block that expects a warning ({@code self.assertWarns(...)},
   * {@code pytest.warns}, {@code pytest.deprecated_call}, test.support's {@code check_warnings}):
   * what the warning is about is done on purpose there.
   */
  static boolean expectsWarning(SemanticModel model, Ast.Node node) {
    Ast.Node p = model.parentOf(node);
    for (int up = 0; up < MAX_UP && p != null; up++) {
      if (p instanceof Ast.With w) {
        for (Ast.WithItem item : w.items()) {
          if (item.contextExpr() instanceof Ast.Call c
              && (c.func() instanceof Ast.Attribute f && f.attr().startsWith("assertWarns")
                  || isWarningContext(QualifiedNames.ofCall(model, c)))) {
            return true;
          }
        }
      }
      p = model.parentOf(p);
    }
    return false;
  }

  private static boolean isWarningContext(String q) {
    return q != null && (q.equals("pytest.warns") || q.equals("pytest.deprecated_call")
        || q.endsWith(".check_warnings"));
  }

  static boolean isStrLiteral(Ast.ExprNode e) {
    return e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str;
  }

  static boolean hasStarred(Ast.Call call) {
    for (Ast.ExprNode a : call.args()) {
      if (a instanceof Ast.Starred) {
        return true;
      }
    }
    for (Ast.Keyword k : call.keywords()) {
      if (k.arg() == null) {
        return true;
      }
    }
    return false;
  }

  /** The value a plain {@code name = value} (or {@code name: T = value}) bound, or null. */
  static Ast.ExprNode assignedValue(SemanticModel model, Ast.Name read) {
    Binding b = model.bindingOf(read);
    if (b == null || b.kind() != Binding.Kind.ASSIGNMENT) {
      return null;
    }
    Ast.Node target = b.source();
    Ast.Node parent = model.parentOf(target);
    if (parent instanceof Ast.Assign assign) {
      for (Ast.ExprNode t : assign.targets()) {
        if (t == target) {
          return assign.value();
        }
      }
    } else if (parent instanceof Ast.AnnAssign ann && ann.target() == target) {
      return ann.value();
    }
    return null;
  }

  /** The keyword argument {@code name} of {@code call}, or null. */
  static Ast.Keyword keyword(Ast.Call call, String name) {
    for (Ast.Keyword k : call.keywords()) {
      if (name.equals(k.arg())) {
        return k;
      }
    }
    return null;
  }

  /**
   * The source text of a node that fits on its line, or null when it spans lines or is long
   * (messages then describe it instead of quoting it).
   */
  static String snippet(ParsedFile file, Ast.Located node, int max) {
    int line = node.lineno();
    if (line != node.endLineno()) {
      return null;
    }
    int start = file.source().lines().lineStart(line);
    int from = start + AstRule.charColumn(file, line, node.colOffset());
    int to = start + AstRule.charColumn(file, line, node.endColOffset());
    String text = file.source().text();
    if (to > text.length() || from > to || to - from > max) {
      return null;
    }
    return text.substring(from, to);
  }
}
