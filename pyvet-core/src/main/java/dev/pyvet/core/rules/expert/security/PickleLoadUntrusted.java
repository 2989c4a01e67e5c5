package dev.pyvet.core.rules.expert.security;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.FixAvailability;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.Binding;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * pickle-like deserialisation ({@code pickle.loads}, {@code marshal.loads}, {@code dill},
 * {@code shelve}...) of data that looks like it comes from outside: the argument, or what a local
 * name in it was assigned, mentions a request, a socket receive, a URL download, standard input
 * or the environment. Loading one's own cache files, and round trips through {@code dumps()}, are
 * not reported.
 */
@RuleInfo(
    code = "PV802",
    name = "pickle-load-untrusted",
    family = "expert",
    summary = "Reports pickle, marshal and similar loads of data that looks like it comes from a request, a socket, a download or standard input.",
    defaultEnabled = true,
    fix = FixAvailability.NONE)
public final class PickleLoadUntrusted implements AstRule {
  private static final Set<String> LOADERS = Set.of(
      "pickle.load", "pickle.loads", "pickle.Unpickler", "_pickle.load", "_pickle.loads",
      "cPickle.load", "cPickle.loads", "marshal.load", "marshal.loads", "dill.load", "dill.loads",
      "cloudpickle.load", "cloudpickle.loads", "joblib.load", "jsonpickle.decode",
      "pandas.read_pickle", "numpy.load", "torch.load");
  private static final Set<String> LOADER_NAMES = Calls.lastSegments(LOADERS);
  /** Identifiers (lower case) that say where data came from. */
  private static final Set<String> UNTRUSTED = Set.of(
      "request", "req", "recv", "recvfrom", "recv_into", "recvmsg", "urlopen", "urlretrieve",
      "requests", "stdin", "environ", "getenv", "payload", "untrusted", "user_input", "rfile",
      "get_data", "get_json", "body", "cookies", "headers", "files", "form", "query_params", "post",
      "websocket", "message", "msg", "received", "input");
  private static final int MAX_NODES = 400;
  private static final int MAX_HOPS = 3;

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (call.args().isEmpty() || !Calls.mayBeOneOf(call, LOADER_NAMES)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    if (q == null || !LOADERS.contains(q) || Calls.isStrLiteral(call.args().get(0))) {
      return;
    }
    String source = untrustedSource(model, call.args().get(0));
    if (source == null) {
      return;
    }
    Calls.report(file, call, "PV802", q + "() of data from '" + source
        + "' can run arbitrary code while loading: accept a data-only format (json) from outside, "
        + "or authenticate it (hmac) before unpickling", out);
  }

  private static boolean isSerialising(SemanticModel model, Ast.Call c) {
    String q = QualifiedNames.ofCall(model, c);
    return q != null && (q.endsWith(".dumps") || q.endsWith(".dump"));
  }

  /** The identifier that makes the expression look external, or null. */
  private static String untrustedSource(SemanticModel model, Ast.ExprNode root) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    Deque<Integer> hops = new ArrayDeque<>();
    stack.push(root);
    hops.push(0);
    int seen = 0;
    while (!stack.isEmpty() && seen++ < MAX_NODES) {
      Ast.Node n = stack.pop();
      int h = hops.pop();
      if (n instanceof Ast.Call c && isSerialising(model, c)) {
        // pickle.loads(pickle.dumps(obj)): a copy of the program's own object
        continue;
      }
      String id = null;
      if (n instanceof Ast.Name name) {
        id = name.id();
        Binding b = model.bindingOf(name);
        if (h < MAX_HOPS && b != null && b.kind() == Binding.Kind.ASSIGNMENT
            && model.parentOf(b.source()) instanceof Ast.Assign a) {
          stack.push(a.value());
          hops.push(h + 1);
        }
        if (b != null && b.kind() == Binding.Kind.BUILTIN && !name.id().equals("input")) {
          id = null;
        }
      } else if (n instanceof Ast.Attribute a) {
        id = a.attr();
      }
      if (id != null && UNTRUSTED.contains(id.toLowerCase(Locale.ROOT))) {
        return id;
      }
      int before = stack.size();
      AstChildren.push(n, stack);
      for (int i = before; i < stack.size(); i++) {
        hops.push(h);
      }
    }
    return null;
  }
}
