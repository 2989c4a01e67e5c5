package dev.pyvet.core.rules.expert.concurrency;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rule.Findings;
import dev.pyvet.core.rule.RuleInfo;
import dev.pyvet.core.rules.expert.ExpertModel;
import dev.pyvet.core.semantic.QualifiedNames;
import dev.pyvet.core.semantic.SemanticModel;
import dev.pyvet.syntax.ast.Ast;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

@RuleInfo(
    code = "PV403",
    name = "blocking-call-in-async-function",
    family = "expert",
    summary = "An async function makes a blocking call (time.sleep, requests, urlopen, subprocess, "
        + "open, socket look-ups), which stalls the whole event loop.")
public final class BlockingCallInAsyncFunction implements AstRule {
  private static final String HTTP = "an async HTTP client (aiohttp, httpx.AsyncClient), or "
      + "'await asyncio.to_thread(...)'";
  private static final String PROCESS = "'await asyncio.create_subprocess_exec(...)'";
  private static final String THREAD = "'await asyncio.to_thread(...)'";

  /** Blocking functions, by qualified name, and what to use instead inside a coroutine. */
  private static final Map<String, String> BLOCKING = new HashMap<>();

  static {
    BLOCKING.put("time.sleep", "'await asyncio.sleep(...)'");
    for (String m : new String[] {"get", "post", "put", "patch", "delete", "head", "options", "request"}) {
      BLOCKING.put("requests." + m, HTTP);
    }
    BLOCKING.put("urllib.request.urlopen", HTTP);
    BLOCKING.put("urllib.request.urlretrieve", HTTP);
    for (String m : new String[] {"run", "call", "check_call", "check_output", "getoutput", "getstatusoutput"}) {
      BLOCKING.put("subprocess." + m, PROCESS);
    }
    BLOCKING.put("os.system", PROCESS);
    BLOCKING.put("os.popen", PROCESS);
    BLOCKING.put("os.waitpid", PROCESS);
    BLOCKING.put("builtins.open", "an async file library, or " + THREAD);
    BLOCKING.put("builtins.input", THREAD);
    BLOCKING.put("socket.create_connection", "'await asyncio.open_connection(...)'");
    for (String m : new String[] {"getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"}) {
      BLOCKING.put("socket." + m, "'await asyncio.get_running_loop().getaddrinfo(...)'");
    }
  }

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    // Cheap filter first: only names and attributes can name a blocking function.
    if (!(call.func() instanceof Ast.Name) && !(call.func() instanceof Ast.Attribute)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    if (!(AsyncCode.enclosingCode(model, call) instanceof Ast.AsyncFunctionDef f)) {
      return;
    }
    String q = QualifiedNames.of(model, call.func());
    String instead = q == null ? null : BLOCKING.get(q);
    if (instead == null) {
      return;
    }
    String shown = q.startsWith("builtins.") ? q.substring("builtins.".length()) : q;
    out.report(call.lineno(), AstRule.charColumn(file, call.lineno(), call.colOffset()), "PV403",
        "blocking call '" + shown + "(...)' in async function '" + f.name() + "' stalls the event "
            + "loop: use " + instead);
  }
}
