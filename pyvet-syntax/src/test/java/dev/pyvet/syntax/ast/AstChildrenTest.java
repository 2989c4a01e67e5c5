package dev.pyvet.syntax.ast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class AstChildrenTest {
  /** Most node classes, with optional children both present and absent. */
  private static final String SOURCE = """
      import a.b as c, d
      from .e import (f as g, h)
      @dec(1, *xs, k=2, **kw)
      class K(Base, metaclass=M):
          x: int = 3
          y: list[int]
          async def m[T: int, *Ts, **P](self, a, /, b=1, *args, c, d=2, **kw) -> None:
              global gg
              async with p as q, r:
                  async for i in aiter():
                      await z
              nonlocal_ = lambda u, *v: u if v else -u
          def n(self):
              nonlocal_ = 1
      type Alias[U] = dict[str, U]
      for i, (j, *k) in enumerate(x[1:2, ::3], start=0):
          del k[0], j.attr
          i += 1 ** 2 @ m // 4 % 5 << 6 >> 7 & 8 | 9 ^ ~10
          assert i is not None and not i or i in (), "msg"
          assert i
      else:
          pass
      while {1, 2} != {3: 4, **d}:
          break
      try:
          raise E from None
      except (A, B) as e:
          continue_ = [v for v in w if v for w in ww]
      else:
          s = {v for v in w}
      try:
          pass
      except* C:
          dd = {k: v for k, v in w.items()}
      finally:
          gen = (v async for v in w)
      with open(f"{x!r:>{width}} {y=}") as fh, other:
          yield_ = (yield)
          yf = (yield from g())
          (walrus := 1)
          return
      match cmd:
          case [1, *rest] if rest:
              pass
          case {"k": v, **others}:
              pass
          case Point(x=0, y=_) | Point(1, 2) as pt:
              pass
          case None | True | -1 | 1 + 2j | a.b.c:
              pass
      if x:
          pass
      elif y:
          pass
      t"{x}"
      """;

  @Test
  void childrenAreTheNodesOfTheFieldsInFieldOrder() {
    ParseResult result = Parser.parse(SourceText.of(SOURCE));
    assertThat(result.ok()).as("%s", result.error()).isTrue();
    Deque<Ast.Node> todo = new ArrayDeque<>();
    todo.push(result.module());
    int seen = 0;
    java.util.Set<Class<?>> classes = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      Ast.Node node = todo.pop();
      seen++;
      classes.add(node.getClass());
      List<Ast.Node> expected = new ArrayList<>();
      node.forEachField((name, value) -> AstChildren.forEachNodeIn(value, expected::add));
      List<Ast.Node> added = new ArrayList<>();
      AstChildren.addTo(node, added);
      assertThat(added).as(node.nodeName()).containsExactlyElementsOf(expected);
      Deque<Ast.Node> pushed = new ArrayDeque<>();
      AstChildren.push(node, pushed);
      assertThat(pushed).as(node.nodeName()).containsExactlyElementsOf(expected.reversed());
      assertThat(Ast.NODE_CLASSES.get(node.classIndex())).isSameAs(node.getClass());
      expected.forEach(todo::push);
    }
    assertThat(seen).isGreaterThan(250);
    assertThat(classes).hasSizeGreaterThan(70);
  }

  @Test
  void classIndicesAreDistinct() {
    assertThat(Ast.NODE_CLASSES).doesNotHaveDuplicates();
  }
}
