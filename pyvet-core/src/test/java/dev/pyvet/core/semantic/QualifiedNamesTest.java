package dev.pyvet.core.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiedNamesTest {

  /** The qualified names of every call's callee in {@code source}, in source order. */
  private static List<String> calls(String source) {
    Ast.Module module = Parser.parse(SourceText.of(source)).module();
    SemanticModel model = SemanticModel.build(module, false, List.of());
    List<Ast.Call> calls = new ArrayList<>();
    ArrayDeque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(module);
    while (!stack.isEmpty()) {
      Ast.Node n = stack.pop();
      if (n instanceof Ast.Call c) {
        calls.add(c);
      }
      AstChildren.push(n, stack);
    }
    calls.sort((a, b) -> a.lineno() != b.lineno() ? a.lineno() - b.lineno() : a.colOffset() - b.colOffset());
    List<String> out = new ArrayList<>();
    for (Ast.Call c : calls) {
      out.add(String.valueOf(QualifiedNames.ofCall(model, c)));
    }
    return out;
  }

  @Test
  void followsImportsAliasesAndBuiltins() {
    assertThat(calls("""
        import datetime as dt
        from datetime import datetime
        import os.path
        from os import path as p
        from . import util
        dt.datetime.utcnow()
        datetime.now()
        os.path.join()
        p.join()
        util.helper()
        print()
        """)).containsExactly("datetime.datetime.utcnow", "datetime.datetime.now",
            "os.path.join", "os.path.join", ".util.helper", "builtins.print");
  }

  @Test
  void localNamesAndShadowingAreNotImports() {
    assertThat(calls("""
        import datetime
        def f(datetime):
            datetime.now()
        def g():
            print = log
            print()
        x.y()
        (lambda: 0)()
        datetime.date.today()
        """)).containsExactly("null", "null", "null", "null", "datetime.date.today");
  }
}
