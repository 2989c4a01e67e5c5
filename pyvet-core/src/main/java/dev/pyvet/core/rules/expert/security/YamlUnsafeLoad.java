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
import java.util.Set;

/**
 * {@code yaml.load()} / {@code yaml.load_all()} without a loader (PyYAML before 6 then used the
 * full, object-building loader) or with a loader that builds arbitrary objects. A loader passed
 * as a variable is left alone.
 */
@RuleInfo(
    code = "PV803",
    name = "yaml-load-without-safe-loader",
    family = "expert",
    summary = "Reports yaml.load() and yaml.load_all() without a safe Loader, which can build arbitrary Python objects from the document.",
    defaultEnabled = true,
    fix = FixAvailability.UNSAFE)
public final class YamlUnsafeLoad implements AstRule {
  private static final Set<String> LOAD_NAMES = Set.of("load", "load_all");
  private static final Set<String> SAFE = Set.of("SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader");
  private static final Set<String> UNSAFE = Set.of(
      "Loader", "CLoader", "UnsafeLoader", "CUnsafeLoader", "FullLoader", "CFullLoader");

  @Override
  public Set<Class<? extends Ast.Node>> nodeKinds() {
    return Set.of(Ast.Call.class);
  }

  @Override
  public void visit(Ast.Node node, ParsedFile file, Findings out) {
    Ast.Call call = (Ast.Call) node;
    if (!Calls.mayBeOneOf(call, LOAD_NAMES) || Calls.hasDoubleStar(call) || Calls.hasStarred(call)) {
      return;
    }
    SemanticModel model = ExpertModel.of(file);
    String q = QualifiedNames.ofCall(model, call);
    if (!"yaml.load".equals(q) && !"yaml.load_all".equals(q)) {
      return;
    }
    String safe = "yaml.load".equals(q) ? "yaml.safe_load()" : "yaml.safe_load_all()";
    Ast.ExprNode loader = Calls.argument(call, 1, "Loader");
    if (loader == null) {
      Calls.report(file, call, "PV803", q + "() without Loader= can build arbitrary Python objects "
          + "(and fails on PyYAML 6): use " + safe, out);
      return;
    }
    String name = QualifiedNames.of(model, loader);
    if (name == null && loader instanceof Ast.Attribute a) {
      name = a.attr();
    }
    if (name != null && UNSAFE.contains(Calls.last(name)) && !SAFE.contains(Calls.last(name))) {
      Calls.report(file, call, "PV803", q + "() with Loader=" + Calls.last(name)
          + " can build arbitrary Python objects: use " + safe + " (Loader=yaml.SafeLoader)", out);
    }
  }
}
