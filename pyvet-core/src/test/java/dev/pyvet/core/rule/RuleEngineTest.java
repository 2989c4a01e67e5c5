package dev.pyvet.core.rule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.diagnostic.Diagnostic;
import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.core.logical.FileTokens;
import dev.pyvet.core.rule.RuleOptions;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import dev.pyvet.syntax.token.TokenType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  /** Reports every name it is handed; asks only for Name nodes. */
  @RuleInfo(code = "T100", name = "test-names", family = "test", summary = "Names.")
  static final class NameRule implements AstRule {
    @Override
    public Set<Class<? extends Ast.Node>> nodeKinds() {
      return Set.of(Ast.Name.class);
    }

    @Override
    public void visit(Ast.Node node, ParsedFile file, Findings out) {
      Ast.Name name = (Ast.Name) node;
      out.report(name.lineno(), AstRule.charColumn(file, name.lineno(), name.colOffset()), "T100", name.id());
    }
  }

  /** Reports each comment token. */
  @RuleInfo(code = "T200", name = "test-comments", family = "test", summary = "Comments.")
  static final class CommentRule implements TokenRule {
    @Override
    public void check(FileTokens tokens, Findings out) {
      tokens.tokens().stream().filter(t -> t.type() == TokenType.COMMENT)
          .forEach(t -> out.report(t.startRow(), t.startCol(), "T200", t.string()));
    }
  }

  /** Reports each scope, by name, as the walk leaves it. */
  @RuleInfo(code = "T300", name = "test-scopes", family = "test", summary = "Scopes.")
  static final class ScopeRule implements ScopeEndRule {
    @Override
    public void scopeEnd(Ast.Node scope, ParsedFile file, Findings out) {
      String label = switch (scope) {
        case Ast.FunctionDef f -> "def " + f.name();
        case Ast.ClassDef c -> "class " + c.name();
        default -> scope.nodeName();
      };
      out.report(1, 0, "T300", label);
    }
  }

  private static List<Diagnostic> run(RuleEngine engine, String source) {
    SourceText text = SourceText.of(source);
    List<Diagnostic> found = new ArrayList<>();
    engine.check(new ParsedFile(new FileToCheck("t.py", Path.of("t.py")), text, Parser.parse(text)), found::add);
    found.sort(Diagnostic.ORDER);
    return found;
  }

  @Test
  void astRulesSeeOnlyTheNodeKindsTheyAskForInOneWalk() {
    RuleEngine engine = new RuleEngine(List.of(new NameRule()), RuleOptions.DEFAULTS);
    assertThat(run(engine, "x = f(y, [z for z in w])\n"))
        .extracting(Diagnostic::message)
        .containsExactly("x", "f", "y", "z", "z", "w");
  }

  @Test
  void astColumnsBecomeFlake8Columns() {
    RuleEngine engine = new RuleEngine(List.of(new NameRule()), RuleOptions.DEFAULTS);
    // 'é' is two UTF-8 bytes, the emoji four (two Java chars): flake8 counts one column each
    assertThat(run(engine, "f('é', '\uD83D\uDE00', z)\n"))
        .containsExactly(new Diagnostic("t.py", 1, 1, "T100", "f"), new Diagnostic("t.py", 1, 13, "T100", "z"));
  }

  @Test
  void deepTreesDoNotOverflowTheWalk() {
    RuleEngine engine = new RuleEngine(List.of(new NameRule()), RuleOptions.DEFAULTS);
    String deep = "x = " + "-".repeat(5000) + "y\n";
    assertThat(run(engine, deep)).extracting(Diagnostic::message).containsExactly("x", "y");
  }

  @Test
  void tokenRulesAndColumnsInCodePoints() {
    RuleEngine engine = new RuleEngine(List.of(new CommentRule()), RuleOptions.DEFAULTS);
    // the emoji is two chars in Java, one column for Python and flake8
    assertThat(run(engine, "s = '\uD83D\uDE00'  # c\n"))
        .containsExactly(new Diagnostic("t.py", 1, 10, "T200", "# c"));
  }

  @Test
  void ruleOfNoKnownKindIsRefused() {
    Rule bare = new Rule() {};
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleEngine(List.of(bare), RuleOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scopeEndRulesRunAfterEachScopeInnermostFirstAndTheModuleLast() {
    RuleEngine engine = new RuleEngine(List.of(new ScopeRule()), RuleOptions.DEFAULTS);
    SourceText text = SourceText.of(
        "class C:\n    def m(self):\n        return [x for x in (lambda: 1)()]\n"
            + "def f():\n    pass\nx = {k: v for k, v in y}\n");
    List<String> order = new ArrayList<>();
    engine.check(new ParsedFile(new FileToCheck("t.py", Path.of("t.py")), text, Parser.parse(text)),
        d -> order.add(d.message()));
    // The walk is pre-order, so a scope ends when everything inside it was visited.
    assertThat(order).containsExactly(
        "Lambda", "ListComp", "def m", "class C", "def f", "DictComp", "Module");
  }

  @Test
  void scopeEndRulesAreNotCalledWithoutScopeRulesAndNotForNonScopeNodes() {
    RuleEngine engine = new RuleEngine(List.of(new NameRule()), RuleOptions.DEFAULTS);
    assertThat(run(engine, "def f():\n    return g\n")).extracting(Diagnostic::code).containsOnly("T100");
    RuleEngine scopes = new RuleEngine(List.of(new ScopeRule()), RuleOptions.DEFAULTS);
    assertThat(run(scopes, "if a:\n    while b:\n        c = [d]\n"))
        .extracting(Diagnostic::message).containsExactly("Module");
  }
}
