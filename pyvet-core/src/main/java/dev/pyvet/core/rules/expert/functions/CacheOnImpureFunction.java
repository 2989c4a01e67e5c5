package dev.pyvet.core.rules.expert.functions;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.List;
import java.util.Set;

@RuleInfo(
    code = "PV204",
    name = "cache-on-impure-function",
    family = "expert",
    summary = "A memoized function reads the clock, files, the network or a random source.",
    defaultEnabled = false)
public final class CacheOnImpureFunction implements AstRule {
  /** Calls whose result changes from one call to the next, by qualified name. */
  private static final Set<String> IMPURE = Set.of(
      "time.time", "time.time_ns", "time.monotonic", "time.monotonic_ns", "time.perf_counter",
      "time.perf_counter_ns", "time.localtime", "time.gmtime", "time.ctime", "time.strftime",
      "datetime.datetime.now", "datetime.datetime.utcnow", "datetime.datetime.today",
      "datetime.date.today",
      "builtins.open", "builtins.input", "io.open", "codecs.open",
      "os.listdir", "os.scandir", "os.walk", "os.stat", "os.path.getmtime", "glob.glob",
      "glob.iglob",
      "urllib.request.urlopen", "socket.create_connection", "socket.socket",
      "http.client.HTTPConnection", "http.client.HTTPSConnection",
      "uuid.uuid1", "uuid.uuid4", "os.urandom", "secrets.token_bytes", "secrets.token_hex");
  /** HTTP client modules whose top-level request functions do network I/O. */
  private static final List<String> HTTP_CLIENTS = List.of("requests.", "httpx.");
  private static final Set<String> HTTP_VERBS = Set.of("get", "post", "put", "delete", "head",
      "patch", "options", "request");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.FunctionDef.class, Ast.AsyncFunctionDef.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Syntax.Def def = Syntax.Def.of(node);
    if (def.decorators().isEmpty()) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    Ast.ExprNode cache = Caches.cacheDecorator(model, def);
    if (cache == null) {
      return;
    }
    String[] impure = {null};
    Syntax.forEachInScope(def.body(), n -> {
      if (impure[0] == null && n instanceof Ast.Call c) {
        String q = QualifiedNames.ofCall(model, c);
        if (q != null && isImpure(q)) {
          impure[0] = q;
        }
      }
    });
    if (impure[0] != null) {
      out.report(cache.lineno(), Syntax.column(file, cache), "PV204",
          Caches.shownName(model, cache) + " on '" + def.name() + "' freezes the result of "
              + impure[0].replaceFirst("^builtins\\.", "") + "(): pass that value in as an"
              + " argument, or do not cache");
    }
  }

  private static boolean isImpure(String qualified) {
    if (IMPURE.contains(qualified)) {
      return true;
    }
    for (String m : HTTP_CLIENTS) {
      if (qualified.startsWith(m) && HTTP_VERBS.contains(qualified.substring(m.length()))) {
        return true;
      }
    }
    // the module-level functions of random share one hidden generator; random.Random(seed)
    // builds a separate, deterministic one
    return qualified.startsWith("random.") && qualified.indexOf('.', 7) < 0
        && qualified.length() > 7 && Character.isLowerCase(qualified.charAt(7));
  }
}
