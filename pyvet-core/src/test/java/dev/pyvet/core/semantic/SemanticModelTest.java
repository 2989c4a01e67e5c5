package dev.pyvet.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SemanticModelTest {

  private static Ast.Module parse(String source) {
    ParseResult r = Parser.parse(SourceText.of(source));
    assertThat(r.error()).isNull();
    return r.module();
  }

  private static SemanticModel model(Ast.Module module) {
    return SemanticModel.build(module, false, List.of());
  }

  /** Every Name node with {@code id}, in source order. */
  private static List<Ast.Name> names(Ast.Node root, String id) {
    List<Ast.Name> out = new ArrayList<>();
    ArrayDeque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Name name && name.id().equals(id)) {
        out.add(name);
      }
      List<Ast.Node> kids = new ArrayList<>();
      AstChildren.addTo(n, kids);
      for (int i = kids.size() - 1; i >= 0; i--) {
        stack.push(kids.get(i));
      }
    }
    out.sort((a, b) -> a.lineno() != b.lineno() ? a.lineno() - b.lineno() : a.colOffset() - b.colOffset());
    return out;
  }

  @Test
  void readsResolveToTheirBindings() {
    Ast.Module m = parse("""
        import os
        x = 1
        def f(x):
            return x, os, len
        class C:
            y = x
        """);
    SemanticModel model = model(m);
    List<Ast.Name> xs = names(m, "x");
    // x = 1 (store), return x (reads the argument), y = x (reads the global)
    Binding argument = model.bindingOf(xs.get(1));
    assertThat(argument.kind()).isEqualTo(Binding.Kind.ARGUMENT);
    assertThat(argument.source()).isInstanceOf(Ast.FunctionDef.class);
    assertThat(argument.scope().kind()).isEqualTo(Scope.Kind.FUNCTION);
    Binding global = model.bindingOf(xs.get(2));
    assertThat(global.kind()).isEqualTo(Binding.Kind.ASSIGNMENT);
    assertThat(global.source()).isSameAs(xs.get(0));
    assertThat(global.uses()).containsExactly(xs.get(2));
    assertThat(model.scopeOf(xs.get(2)).kind()).isEqualTo(Scope.Kind.CLASS);

    Binding os = model.bindingOf(names(m, "os").get(0));
    assertThat(os.kind()).isEqualTo(Binding.Kind.IMPORT);
    assertThat(os.isUsed()).isTrue();
    assertThat(os.source()).isInstanceOf(Ast.Import.class);
    assertThat(model.bindingOf(names(m, "len").get(0)).kind()).isEqualTo(Binding.Kind.BUILTIN);
    assertThat(model.moduleScope().lookup("f").kind()).isEqualTo(Binding.Kind.FUNCTION);
  }

  @Test
  void functionBodiesSeeGlobalsBoundAfterThem() {
    Ast.Module m = parse("""
        def f():
            return later
        later = 1
        """);
    SemanticModel model = model(m);
    assertThat(model.bindingOf(names(m, "later").get(0)).source()).isSameAs(names(m, "later").get(1));
    assertThat(model.messages()).isEmpty();
  }

  @Test
  void scopesIncludeTypeParameterAndComprehensionScopes() {
    Ast.Module m = parse("""
        def f[T](a: T) -> T:
            return [a for a in range(3)]
        """);
    SemanticModel model = model(m);
    assertThat(model.scopes()).extracting(Scope::kind).containsExactly(
        Scope.Kind.MODULE, Scope.Kind.TYPE, Scope.Kind.FUNCTION, Scope.Kind.GENERATOR);
    Binding t = model.bindingOf(names(m, "T").get(0));
    assertThat(t.scope().kind()).isEqualTo(Scope.Kind.TYPE);
  }

  @Test
  void exportedNamesFollowAllAssignments() {
    Ast.Module m = parse("""
        __all__ = ['a'] + ['b']
        __all__ += ('c',)
        """);
    Binding all = model(m).moduleScope().lookup("__all__");
    assertThat(all.kind()).isEqualTo(Binding.Kind.EXPORT);
    assertThat(all.exportedNames()).containsExactly("b", "a", "c");
  }

  @Test
  void longChainsAndDeepNestingNeedNoDeepStack() throws Exception {
    String chain = "def f(a):\n    return " + "a+".repeat(100_000) + "a\n";
    StringBuilder lambdas = new StringBuilder("f = ");
    for (int i = 0; i < 150; i++) {
      lambdas.append("lambda x").append(i).append(": ");
    }
    lambdas.append("(((((((((((undefined)))))))))))\n");
    for (String source : List.of(chain, lambdas.toString())) {
      Ast.Module m = parse(source);
      AtomicReference<Object> result = new AtomicReference<>();
      // a small stack: building the model must not recurse along the tree
      Thread t = new Thread(null, () -> {
        try {
          result.set(model(m));
        } catch (Throwable e) {
          result.set(e);
        }
      }, "small-stack", 256 * 1024);
      t.start();
      t.join();
      assertThat(result.get()).isInstanceOf(SemanticModel.class);
    }
  }
}
