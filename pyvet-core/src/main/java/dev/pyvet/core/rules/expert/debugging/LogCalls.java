package dev.pyvet.core.rules.expert.debugging;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises calls that log a record: the logging module's own functions ({@code logging.info},
 * through imports and aliases) and the level methods called on something that is plainly a
 * logger (a name or attribute spelled like one, such as {@code log}, {@code logger},
 * {@code self._logger}, {@code LOG}, or a direct {@code logging.getLogger(...)} call). There are no
 * types to go by, so the spelling of the receiver stands in for one.
 */
final class LogCalls {
  private LogCalls() {}

  static final Set<String> LEVEL_METHODS = Set.of(
      "debug", "info", "warning", "warn", "error", "critical", "fatal", "exception", "log");

  /**
   * The level method a logging call in {@code file} calls, or null if it is not one. Calls that
   * are not attribute calls are turned away before the file's semantic model is asked for.
   */
  static String method(ParsedFile file, Ast.Call call) {
    if (!(call.func() instanceof Ast.Attribute)) {
      return null;
    }
    return method(ExpertModel.of(file), call);
  }

  /** The level method a logging call calls ({@code info}, {@code log}...), or null if it is not one. */
  static String method(SemanticModel model, Ast.Call call) {
    if (!(call.func() instanceof Ast.Attribute a) || !LEVEL_METHODS.contains(a.attr())) {
      return null;
    }
    String q = QualifiedNames.of(model, a);
    if (q != null) {
      // resolved through an import: only the logging module's functions count
      return q.equals("logging." + a.attr()) ? a.attr() : null;
    }
    return isLoggerExpression(model, a.value()) ? a.attr() : null;
  }

  /** Whether the call goes to the root logger through the logging module's functions. */
  static boolean isRootCall(SemanticModel model, Ast.Call call) {
    return call.func() instanceof Ast.Attribute a && LEVEL_METHODS.contains(a.attr())
        && ("logging." + a.attr()).equals(QualifiedNames.of(model, a));
  }

  private static boolean isLoggerExpression(SemanticModel model, Ast.ExprNode e) {
    return switch (e) {
      case Ast.Name n -> looksLikeLogger(n.id());
      case Ast.Attribute a -> looksLikeLogger(a.attr());
      case Ast.Call c -> {
        String q = QualifiedNames.ofCall(model, c);
        yield q != null && (q.equals("logging.getLogger") || q.equals("logging.LoggerAdapter"));
      }
      default -> false;
    };
  }

  /** {@code log}, {@code logger}, {@code _LOG}, {@code request_logger}, {@code mylogger}... */
  static boolean looksLikeLogger(String identifier) {
    String lower = identifier.toLowerCase(Locale.ROOT);
    if (lower.endsWith("logger")) {
      return true;
    }
    for (String part : lower.split("_")) {
      if (part.equals("log") || part.equals("logger") || part.equals("logging")) {
        return true;
      }
    }
    return false;
  }

  /** The message argument of a logging call ({@code log}'s second), or null when absent. */
  static Ast.ExprNode message(Ast.Call call, String method) {
    int index = method.equals("log") ? 1 : 0;
    for (int i = 0; i < call.args().size(); i++) {
      if (call.args().get(i) instanceof Ast.Starred) {
        return null;
      }
      if (i == index) {
        return call.args().get(i);
      }
    }
    Ast.Keyword kw = keyword(call, "msg");
    return kw == null ? null : kw.value();
  }

  static Ast.Keyword keyword(Ast.Call call, String name) {
    for (Ast.Keyword k : call.keywords()) {
      if (name.equals(k.arg())) {
        return k;
      }
    }
    return null;
  }

  /** Whether the call passes {@code **kwargs}, which may hold any keyword. */
  static boolean hasKeywordSpread(Ast.Call call) {
    for (Ast.Keyword k : call.keywords()) {
      if (k.arg() == null) {
        return true;
      }
    }
    return false;
  }

  static boolean isTrue(Ast.ExprNode e) {
    return e instanceof Ast.Constant c && c.value() instanceof ConstantValue.Bool b && b.value();
  }

  static boolean isFalsy(Ast.ExprNode e) {
    return e instanceof Ast.Constant c
        && (c.value() instanceof ConstantValue.None
            || (c.value() instanceof ConstantValue.Bool b && !b.value())
            || (c.value() instanceof ConstantValue.Int i && i.value().signum() == 0));
  }

  /**
   * {@code callee} (as {@link #spelled} gives it, ending in the level method {@code method}) with
   * that method replaced by {@code replacement}, for suggestions: {@code self.log.warn} to
   * {@code self.log.warning}.
   */
  static String withMethod(String callee, String method, String replacement) {
    return callee.substring(0, callee.length() - method.length()) + replacement;
  }

  /** How the call spells its callee, for messages: {@code logger.info}, {@code self.log.error}. */
  static String spelled(Ast.ExprNode func) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    String suffix = "";
    Ast.ExprNode e = func;
    while (true) {
      if (e instanceof Ast.Attribute a) {
        parts.push(a.attr() + suffix);
        suffix = "";
        e = a.value();
      } else if (e instanceof Ast.Call c) {
        suffix = "(...)";
        e = c.func();
      } else {
        parts.push((e instanceof Ast.Name n ? n.id() : "...") + suffix);
        return String.join(".", parts);
      }
    }
  }
}
