package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.check.ParsedFile;
import dev.pyvet.core.rule.AstRule;
import dev.pyvet.core.rules.pyflakes.format.DotFormatCheck;
import dev.pyvet.core.rules.pyflakes.format.Finding;
import dev.pyvet.core.rules.pyflakes.format.PercentFormatCheck;
import dev.pyvet.syntax.ast.Ast;
import dev.pyvet.syntax.ast.AstChildren;
import dev.pyvet.syntax.ast.ConstantValue;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.parser.Parser;
import dev.pyvet.syntax.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The string-format findings pyflakes makes inside string annotations. pyflakes parses a str
 * constant found in an annotation ({@code x: "..."}, {@code def f(a: "...") -> "..."}, a type
 * parameter's bound, a {@code type} alias's value) as an expression and checks that tree too,
 * with every node placed where the string starts; strings inside it are annotations again,
 * except under {@code Literal[...]} and after the first argument of {@code Annotated[...]}.
 *
 * <p>Only these syntactic places are followed: pyflakes also treats as annotations some
 * arguments of {@code typing.cast}, {@code TypeVar}, {@code NamedTuple} and {@code TypedDict}
 * and subscripts of typing members, which takes knowing what a name is bound to.
 */
final class StringAnnotations {
  private StringAnnotations() {}

  /** A finding inside a string annotation, at the string's start (row and char column). */
  record Located(int row, int column, Finding finding) {}

  /** The findings in the string annotations of {@code site} (cached per file and node). */
  static List<Located> findings(Ast.Node site, ParsedFile file) {
    Map<Ast.Node, List<Located>> cache = file.derived(StringAnnotations.class,
        f -> new IdentityHashMap<Ast.Node, List<Located>>());
    List<Located> found = cache.get(site);
    if (found == null) {
      found = compute(site, file);
      cache.put(site, found);
    }
    return found;
  }

  private static List<Located> compute(Ast.Node site, ParsedFile file) {
    List<Ast.ExprNode> roots = new ArrayList<>();
    switch (site) {
      case Ast.FunctionDef f -> {
        arguments(f.args(), roots);
        roots.add(f.returns());
      }
      case Ast.AsyncFunctionDef f -> {
        arguments(f.args(), roots);
        roots.add(f.returns());
      }
      case Ast.AnnAssign a -> roots.add(a.annotation());
      case Ast.TypeVar t -> roots.add(t.bound());
      case Ast.TypeAlias t -> roots.add(t.value());
      default -> { }
    }
    List<Located> out = new ArrayList<>();
    for (Ast.ExprNode root : roots) {
      if (root == null) {
        continue;
      }
      List<Ast.Constant> strings = new ArrayList<>();
      annotationStrings(root, strings);
      for (Ast.Constant c : strings) {
        int column = AstRule.charColumn(file, c.lineno(), c.colOffset());
        for (Finding f : checkParsed(((ConstantValue.Str) c.value()).value())) {
          out.add(new Located(c.lineno(), column, f));
        }
      }
    }
    return out.isEmpty() ? List.of() : out;
  }

  private static void arguments(Ast.Arguments args, List<Ast.ExprNode> roots) {
    for (Ast.Arg a : args.posonlyargs()) {
      roots.add(a.annotation());
    }
    for (Ast.Arg a : args.args()) {
      roots.add(a.annotation());
    }
    for (Ast.Arg a : args.kwonlyargs()) {
      roots.add(a.annotation());
    }
    if (args.vararg() != null) {
      roots.add(args.vararg().annotation());
    }
    if (args.kwarg() != null) {
      roots.add(args.kwarg().annotation());
    }
  }

  /** The str constants of an annotation that pyflakes reads as string annotations. */
  private static void annotationStrings(Ast.ExprNode root, List<Ast.Constant> out) {
    Deque<Ast.Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Ast.Node node = stack.pop();
      if (node instanceof Ast.Constant c && c.value() instanceof ConstantValue.Str) {
        out.add(c);
      } else if (node instanceof Ast.Subscript s && named(s.value(), "Literal")) {
        // not an annotation inside
      } else if (node instanceof Ast.Subscript s && named(s.value(), "Annotated")) {
        stack.push(s.value());
        if (s.slice() instanceof Ast.Tuple t && t.elts().size() >= 2) {
          stack.push(t.elts().getFirst());
        } else {
          stack.push(s.slice());
        }
      } else {
        AstChildren.push(node, stack);
      }
    }
  }

  private static boolean named(Ast.ExprNode node, String name) {
    return (node instanceof Ast.Name n && n.id().equals(name))
        || (node instanceof Ast.Attribute a && a.attr().equals(name));
  }

  private record Pending(Ast.Node node, boolean inFString, boolean inAnnotation) {}

  /**
   * The findings in one string annotation, parsed as {@code ast.parse} on Python 3.13 parses it;
   * none when it is not a single expression (pyflakes reports F722 then).
   */
  private static List<Finding> checkParsed(String annotation) {
    List<Finding> out = new ArrayList<>();
    Deque<Pending> stack = new ArrayDeque<>();
    pushParsed(annotation, stack);
    while (!stack.isEmpty()) {
      Pending p = stack.pop();
      Ast.Node node = p.node();
      boolean inFString = p.inFString();
      boolean inAnnotation = p.inAnnotation();
      switch (node) {
        case Ast.BinOp b -> out.addAll(PercentFormatCheck.findings(b));
        case Ast.Call c -> out.addAll(DotFormatCheck.findings(c));
        case Ast.JoinedStr j -> {
          if (!inFString && j.values().stream().noneMatch(v -> v instanceof Ast.FormattedValue)) {
            out.add(new Finding("F541", "f-string is missing placeholders"));
          }
          inFString = true;
        }
        case Ast.TemplateStr t -> {
          if (t.values().stream().noneMatch(v -> v instanceof Ast.Interpolation)) {
            out.add(new Finding("F542", "t-string is missing placeholders"));
          }
          inFString = true;
        }
        case Ast.Constant c when p.inAnnotation() && c.value() instanceof ConstantValue.Str s -> {
          // checked later by pyflakes, outside any f-string
          pushParsed(s.value(), stack);
          continue;
        }
        case Ast.Lambda l -> {
          // the body is checked later, outside the f-string and the annotation
          pushChildren(l.args(), inFString, inAnnotation, stack);
          stack.push(new Pending(l.body(), false, false));
          continue;
        }
        case Ast.Subscript s when p.inAnnotation() && named(s.value(), "Literal") -> inAnnotation = false;
        case Ast.Subscript s when p.inAnnotation() && named(s.value(), "Annotated") -> {
          stack.push(new Pending(s.value(), inFString, true));
          if (s.slice() instanceof Ast.Tuple t && t.elts().size() >= 2) {
            stack.push(new Pending(t.elts().getFirst(), inFString, true));
            for (Ast.ExprNode e : t.elts().subList(1, t.elts().size())) {
              stack.push(new Pending(e, inFString, false));
            }
          } else {
            stack.push(new Pending(s.slice(), inFString, true));
          }
          continue;
        }
        default -> { }
      }
      pushChildren(node, inFString, inAnnotation, stack);
    }
    return out;
  }

  private static void pushParsed(String annotation, Deque<Pending> stack) {
    ParseResult parse = Parser.parse(SourceText.of(annotation), 13);
    if (parse.error() != null || parse.module() == null) {
      return;
    }
    List<Ast.StmtNode> body = parse.module().body();
    if (body.size() == 1 && body.getFirst() instanceof Ast.Expr e) {
      stack.push(new Pending(e.value(), false, true));
    }
  }

  private static void pushChildren(
      Ast.Node node, boolean inFString, boolean inAnnotation, Deque<Pending> stack) {
    Deque<Ast.Node> children = new ArrayDeque<>();
    AstChildren.push(node, children);
    for (Ast.Node child : children) {
      stack.push(new Pending(child, inFString, inAnnotation));
    }
  }
}
