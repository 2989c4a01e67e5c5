package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.ConstantValue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code random} module's functions producing a value whose name says it is a secret: the
 * assignment target, the keyword argument, or (for a {@code return}) the function it is returned
 * from is called like a password, token, key, salt or nonce.
 */
@RuleInfo(
    code = "PV807",
    name = "random-for-secrets",
    family = "expert",
    summary = "Reports values from the random module used as passwords, tokens, keys, salts or nonces, which the module makes predictable.",
    defaultEnabled = false,
    fix = FixAvailability.UNSAFE)
public final class RandomForSecrets implements AstRule {
  private static final Set<String> FUNCTIONS = Set.of(
      "random", "randint", "randrange", "choice", "choices", "sample", "getrandbits", "randbytes",
      "shuffle");
  private static final Pattern SECRET = Pattern.compile(
      "(?i).*(passw|passphrase|secret|token|nonce|salt|api_?key|otp|csrf|session_?(id|key)"
          + "|auth_?key|private_?key|secret_?key|access_?key|pin_?code|reset_?code).*");
  private static final int MAX_UP = 30;

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    String attr = Calls.calledName(call);
    if (attr == null || !FUNCTIONS.contains(attr)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    if (!("random." + attr).equals(q)) {
      return;
    }
    String secret = secretName(model, call);
    if (secret != null) {
      Calls.report(file, call, "PV807", q + "() is predictable and makes '" + secret
          + "': use the secrets module (secrets.token_urlsafe(), secrets.choice(), secrets.randbelow())",
          out);
    }
  }

  /** The secret-sounding name the call's value goes to, or null. */
  private static String secretName(SemanticModel model, Ast.Call call) {
    Ast.Node n = call;
    for (int up = 0; up < MAX_UP && n != null; up++) {
      Ast.Node parent = model.parentOf(n);
      if (parent instanceof Ast.Keyword k && k.arg() != null) {
        return SECRET.matcher(k.arg()).matches() ? k.arg() : null;
      }
      if (parent instanceof Ast.Assign a) {
        for (Ast.ExprNode t : a.targets()) {
          String s = targetName(t);
          if (s != null && SECRET.matcher(s).matches()) {
            return s;
          }
        }
        return null;
      }
      if (parent instanceof Ast.AnnAssign a) {
        String s = targetName(a.target());
        return s != null && SECRET.matcher(s).matches() ? s : null;
      }
      if (parent instanceof Ast.AugAssign a) {
        String s = targetName(a.target());
        return s != null && SECRET.matcher(s).matches() ? s : null;
      }
      if (parent instanceof Ast.Return) {
        Ast.Node def = model.parentOf(parent);
        for (int i = 0; i < MAX_UP && def != null && !(def instanceof Ast.FunctionDef)
            && !(def instanceof Ast.AsyncFunctionDef); i++) {
          def = model.parentOf(def);
        }
        String fn = def instanceof Ast.FunctionDef f ? f.name()
            : def instanceof Ast.AsyncFunctionDef f ? f.name() : null;
        return fn != null && SECRET.matcher(fn).matches() ? fn : null;
      }
      if (parent instanceof Ast.StmtNode || parent instanceof Ast.Lambda) {
        return null;
      }
      n = parent;
    }
    return null;
  }

  private static String targetName(Ast.ExprNode t) {
    if (t instanceof Ast.Name n) {
      return n.id();
    }
    if (t instanceof Ast.Attribute a) {
      return a.attr();
    }
    if (t instanceof Ast.Subscript s && s.slice() instanceof Ast.Constant c
        && c.value() instanceof ConstantValue.Str str) {
      return str.value();
    }
    return null;
  }
}
