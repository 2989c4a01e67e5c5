package dev.pyvet.syntax.ast;

import dev.pyvet.syntax.ast.Ast.Located;
import dev.pyvet.syntax.ast.Ast.Node;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a tree exactly as CPython 3.13's {@code ast.dump(tree, include_attributes=True)} does:
 * one line, empty lists and absent optional fields left out, constants in Python's repr.
 *
 * <p>Works with an explicit stack rather than recursion: a long {@code a+a+...+a} chain is a
 * tree as deep as it is long.
 */
public final class AstDump {
  private AstDump() {}

  public static String dump(Node node) {
    StringBuilder sb = new StringBuilder(256);
    new Writer(sb).write(node);
    return sb.toString();
  }

  /** Appends the dump of {@code node} to {@code sb}. */
  public static void dump(Node node, StringBuilder sb) {
    new Writer(sb).write(node);
  }

  private static final class Writer implements Ast.FieldVisitor {
    /** Work items, popped from the top. */
    private static final byte VALUE = 0; // format item as a field value

    private static final byte TEXT = 1; // append item (a String) as is
    private static final byte FIRST_NAME = 2; // append item + "="
    private static final byte NEXT_NAME = 3; // append ", " + item + "="
    private static final byte CLOSE = 4; // append ")"
    private static final byte CLOSE_LOCATED = 5; // append ", lineno=..." of item, then ")"
    private static final byte CLOSE_LOCATED_ALONE = 6; // as CLOSE_LOCATED, without leading ", "

    private final StringBuilder sb;
    private Object[] items = new Object[64];
    private byte[] kinds = new byte[64];
    private int top;

    /** The fields of the node being opened, filled by {@link #field}. */
    private String[] names = new String[8];

    private Object[] values = new Object[8];
    private int fieldCount;

    Writer(StringBuilder sb) {
      this.sb = sb;
    }

    void write(Node root) {
      push(VALUE, root);
      while (top > 0) {
        top--;
        Object item = items[top];
        items[top] = null;
        switch (kinds[top]) {
          case VALUE -> value(item);
          case TEXT -> sb.append((String) item);
          case FIRST_NAME -> sb.append((String) item).append('=');
          case NEXT_NAME -> sb.append(", ").append((String) item).append('=');
          case CLOSE -> sb.append(')');
          case CLOSE_LOCATED -> position((Located) item, true);
          case CLOSE_LOCATED_ALONE -> position((Located) item, false);
          default -> throw new IllegalStateException();
        }
      }
    }

    private void value(Object v) {
      switch (v) {
        case null -> sb.append("None");
        case Node n -> open(n);
        case List<?> list -> openList(list);
        case String s -> PyRepr.appendStr(sb, s);
        case Integer i -> sb.append(i.intValue());
        case ConstantValue c -> PyRepr.appendConstant(sb, c);
        case Enum<?> e -> sb.append(e.name()).append("()");
        default -> throw new IllegalArgumentException("not an AST value: " + v.getClass());
      }
    }

    private void open(Node node) {
      sb.append(node.nodeName()).append('(');
      fieldCount = 0;
      node.forEachField(this);
      // CPython shows Constant(value=None) and MatchSingleton(value=None) although it
      // leaves other None fields out.
      boolean keepNone = node instanceof Ast.Constant || node instanceof Ast.MatchSingleton;
      int kept = 0;
      for (int i = 0; i < fieldCount; i++) {
        if (shown(values[i], keepNone && names[i].equals("value"))) {
          names[kept] = names[i];
          values[kept] = values[i];
          kept++;
        }
      }
      if (node instanceof Located located) {
        push(kept == 0 ? CLOSE_LOCATED_ALONE : CLOSE_LOCATED, located);
      } else {
        push(CLOSE, null);
      }
      for (int i = kept - 1; i >= 0; i--) {
        push(VALUE, values[i]);
        push(i == 0 ? FIRST_NAME : NEXT_NAME, names[i]);
      }
      Arrays.fill(values, 0, fieldCount, null);
    }

    private static boolean shown(Object value, boolean keepNone) {
      if (keepNone) {
        return true;
      }
      return value != null
          && !(value instanceof ConstantValue.None)
          && !(value instanceof List<?> l && l.isEmpty());
    }

    private void openList(List<?> list) {
      sb.append('[');
      push(TEXT, "]");
      for (int i = list.size() - 1; i >= 0; i--) {
        push(VALUE, list.get(i));
        if (i > 0) {
          push(TEXT, ", ");
        }
      }
    }

    private void position(Located n, boolean afterFields) {
      if (afterFields) {
        sb.append(", ");
      }
      sb.append("lineno=")
          .append(n.lineno())
          .append(", col_offset=")
          .append(n.colOffset())
          .append(", end_lineno=")
          .append(n.endLineno())
          .append(", end_col_offset=")
          .append(n.endColOffset())
          .append(')');
    }

    @Override
    public void field(String name, Object value) {
      if (fieldCount == names.length) {
        names = Arrays.copyOf(names, fieldCount * 2);
        values = Arrays.copyOf(values, fieldCount * 2);
      }
      names[fieldCount] = name;
      values[fieldCount] = value;
      fieldCount++;
    }

    private void push(byte kind, Object item) {
      if (top == items.length) {
        items = Arrays.copyOf(items, top * 2);
        kinds = Arrays.copyOf(kinds, top * 2);
      }
      kinds[top] = kind;
      items[top] = item;
      top++;
    }
  }
}
