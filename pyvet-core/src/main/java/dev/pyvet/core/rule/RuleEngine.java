package dev.pyvet.core.rule;

import dev.pyvet.core.check.FileRule;
import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.logical.FileTokens;
import dev.pyvet.core.logical.LogicalLine;
import dev.pyvet.core.logical.PhysicalLine;
import dev.pyvet.core.logical.PycodestyleDriver;
import dev.pyvet.core.logical.PycodestyleOptions;
import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Runs a set of rules on a parsed file: physical- and logical-line rules in one pass of
 * pycodestyle's driver, token rules once, AST rules in one walk that dispatches each node to the
 * rules that asked for its class, and scope-end rules in the same walk as it leaves each scope.
 */
public final class RuleEngine implements FileRule {
  private final List<PhysicalLineRule> physical = new ArrayList<>();
  private final List<LogicalLineRule> logical = new ArrayList<>();
  private final Map<SharedCheck, java.util.Set<String>> shared = new java.util.LinkedHashMap<>();
  private final List<TokenRule> token = new ArrayList<>();
  private final Map<Class<?>, List<AstRule>> byNodeClass = new HashMap<>();
  private final List<ScopeEndRule> scopeEnd = new ArrayList<>();
  private final PycodestyleOptions options;
  // the line rules as arrays: they are run for every line of every file
  private final PhysicalLineRule[] physicalRules;
  /** The physical-line rules that may report on a plain line (see PhysicalLine#plain). */
  private final PhysicalLineRule[] plainLineRules;
  private final LogicalLineRule[] logicalRules;
  private final SharedCheck[] sharedChecks;
  private final java.util.Set<?>[] sharedCodes;
  // byNodeClass and the scope classes by Ast.Node#classIndex(): the walk asks for every node
  private final AstRule[][] astRulesByClass = new AstRule[Ast.NODE_CLASSES.size()][];
  private final boolean[] scopeByClass = new boolean[Ast.NODE_CLASSES.size()];
  // every AST rule asks for the module only (as pyflakes' rules do: their model walks the tree)
  private final boolean moduleOnly;

  public RuleEngine(List<? extends Rule> rules, RuleOptions options) {
    this.options = options.pycodestyle();
    for (Rule unconfigured : rules) {
      Rule rule = unconfigured.withOptions(options);
      switch (rule) {
        case PhysicalLineRule r -> physical.add(r);
        case SharedCheck.Member r -> shared.computeIfAbsent(r.sharedCheck(), k -> new java.util.HashSet<>())
            .add(RuleRegistry.meta(r).code());
        case LogicalLineRule r -> logical.add(r);
        case TokenRule r -> token.add(r);
        case AstRule r -> {
          for (Class<? extends Ast.Node> kind : r.nodeKinds()) {
            byNodeClass.computeIfAbsent(kind, k -> new ArrayList<>()).add(r);
          }
        }
        case ScopeEndRule r -> scopeEnd.add(r);
        default -> throw new IllegalArgumentException(rule.getClass() + " is of no known rule kind");
      }
    }
    physicalRules = physical.toArray(new PhysicalLineRule[0]);
    plainLineRules = physical.stream().filter(PhysicalLineRule::reportsOnPlainLines).toArray(PhysicalLineRule[]::new);
    logicalRules = logical.toArray(new LogicalLineRule[0]);
    sharedChecks = shared.keySet().toArray(new SharedCheck[0]);
    moduleOnly = scopeEnd.isEmpty() && byNodeClass.keySet().equals(java.util.Set.of(Ast.Module.class));
    sharedCodes = new java.util.Set<?>[sharedChecks.length];
    for (int i = 0; i < sharedChecks.length; i++) {
      sharedCodes[i] = java.util.Set.copyOf(shared.get(sharedChecks[i]));
    }
    for (int i = 0; i < astRulesByClass.length; i++) {
      Class<? extends Ast.Node> nodeClass = Ast.NODE_CLASSES.get(i);
      List<AstRule> wanted = byNodeClass.get(nodeClass);
      astRulesByClass[i] = wanted == null ? null : wanted.toArray(new AstRule[0]);
      scopeByClass[i] = ScopeEndRule.SCOPES.contains(nodeClass);
    }
  }

  /** The registered rules whose codes {@code selected} accepts. */
  public static RuleEngine forSelection(Predicate<String> selected, RuleOptions options) {
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      if (selected.test(RuleRegistry.meta(rule).code())) {
        rules.add(rule);
      }
    }
    return new RuleEngine(rules, options);
  }

  @Override
  public void check(ParsedFile parsed, Consumer<Diagnostic> report) {
    String path = parsed.file().displayPath();
    if (!physical.isEmpty() || !logical.isEmpty() || !shared.isEmpty() || !token.isEmpty()) {
      FileTokens file = FileTokens.of(parsed.parse().tokens());
      Findings out = (row, col, code, message) ->
          report.accept(new Diagnostic(path, row, column(file, row, col) + 1, code, message));
      if (!physical.isEmpty() || !logical.isEmpty() || !shared.isEmpty()) {
        PycodestyleDriver.run(file, options, new PycodestyleDriver.Listener() {
          @Override
          public void physical(PhysicalLine line) {
            for (PhysicalLineRule r : line.plain() ? plainLineRules : physicalRules) {
              r.check(line, out);
            }
          }

          @Override
          public boolean wantsPlainLines() {
            return plainLineRules.length > 0;
          }

          @Override
          @SuppressWarnings("unchecked")
          public void logical(LogicalLine line) {
            for (int i = 0; i < sharedChecks.length; i++) {
              sharedChecks[i].check(line, (java.util.Set<String>) sharedCodes[i], out);
            }
            for (LogicalLineRule r : logicalRules) {
              r.check(line, out);
            }
          }
        });
      }
      for (TokenRule r : token) {
        r.check(file, out);
      }
    }
    if ((!byNodeClass.isEmpty() || !scopeEnd.isEmpty()) && parsed.parse().module() != null) {
      walk(parsed, report, path);
    }
  }

  /** Code-point column of a char column, as Python counts columns. */
  private static int column(FileTokens file, int row, int col) {
    if (row < 1 || row > file.lineCount()) {
      return col;
    }
    String line = file.line(row);
    int within = Math.min(Math.max(col, 0), line.length());
    return line.codePointCount(0, within) + (col - within);
  }

  /** One iterative pre-order walk (no recursion: deep trees must not overflow the stack). */
  private void walk(ParsedFile parsed, Consumer<Diagnostic> report, String path) {
    var lines = parsed.source().lines();
    String text = parsed.source().text();
    Findings out = (row, col, code, message) -> {
      int c = col;
      if (row >= 1 && row <= lines.lineCount()) {
        int start = lines.lineStart(row);
        int within = Math.min(Math.max(col, 0), text.length() - start);
        c = text.codePointCount(start, start + within) + (col - within);
      }
      report.accept(new Diagnostic(path, row, c + 1, code, message));
    };
    if (moduleOnly) {
      for (AstRule r : byNodeClass.get(Ast.Module.class)) {
        r.visit(parsed.parse().module(), parsed, out);
      }
      return;
    }
    // Holds nodes still to visit and, for scopes, an exit marker pushed under their children.
    WalkStack stack = new WalkStack();
    stack.push(parsed.parse().module());
    boolean scopesWanted = !scopeEnd.isEmpty();
    while (stack.depth() > 0) {
      Object top = stack.pop();
      if (top instanceof ScopeExit exit) {
        for (ScopeEndRule r : scopeEnd) {
          r.scopeEnd(exit.scope(), parsed, out);
        }
        continue;
      }
      Ast.Node node = (Ast.Node) top;
      int nodeClass = node.classIndex();
      AstRule[] wanted = astRulesByClass[nodeClass];
      if (wanted != null) {
        for (AstRule r : wanted) {
          r.visit(node, parsed, out);
        }
      }
      if (scopesWanted && scopeByClass[nodeClass]) {
        stack.push(new ScopeExit(node));
      }
      int childrenFrom = stack.depth();
      node.addChildren(stack);
      stack.reverseFrom(childrenFrom);
    }
  }

  /** Marks where the walk leaves {@code scope}. */
  private record ScopeExit(Ast.Node scope) {}
}
