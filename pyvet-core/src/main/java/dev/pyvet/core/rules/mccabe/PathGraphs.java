package dev.pyvet.core.rules.mccabe;

import dev.pyvet.syntax.ast.Ast;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * mccabe 0.7's path graphs of a module, counted rather than built: each graph's complexity is
 * edges - nodes + 2. As mccabe: a graph per function or method that is not inside another graph
 * (nested functions join their enclosing graph and add one path), and a graph per {@code if},
 * loop or {@code try} met outside any graph (module or class level). Only {@code if}, loops
 * (with their {@code else}), {@code try} (its handlers and {@code else}; its {@code finally} is
 * not looked at) and nested functions branch; {@code match}, {@code try/except*}, boolean
 * operators and comprehensions count as one statement. Graphs whose keys (class prefix plus name)
 * repeat replace the earlier one, keeping its place, as mccabe's dictionary does.
 */
public final class PathGraphs {

  /** One graph: mccabe's entity name, the 1-based line and UTF-8 byte column it reports. */
  public record Graph(String entity, int line, int utf8Column, int complexity) {}

  private final Map<String, Graph> graphs = new LinkedHashMap<>();
  private String classPrefix = "";
  // the graph being built: counts, whether one is open, and whether its tail is a node
  private boolean inGraph;
  private int edges;
  private int nodes;
  private boolean rootConnected;
  private int tail; // see connectFrom for what the ids mean

  private PathGraphs() {}

  /** The graphs of a module, in mccabe's order. */
  public static List<Graph> of(Ast.Module module) {
    PathGraphs g = new PathGraphs();
    g.statements(module.body());
    return new ArrayList<>(g.graphs.values());
  }

  private void statements(List<Ast.StmtNode> body) {
    for (Ast.StmtNode s : body) {
      statement(s);
    }
  }

  private void statement(Ast.StmtNode s) {
    switch (s) {
      case Ast.FunctionDef f -> function(f.name(), f.body(), f.lineno(), f.colOffset());
      case Ast.AsyncFunctionDef f -> function(f.name(), f.body(), f.lineno(), f.colOffset());
      case Ast.ClassDef c -> {
        String old = classPrefix;
        classPrefix = classPrefix + c.name() + ".";
        statements(c.body());
        classPrefix = old;
      }
      case Ast.If i -> branching("If " + i.lineno(), i, List.of(i.body()), i.orelse());
      case Ast.For l -> branching("Loop " + l.lineno(), l, List.of(l.body()), l.orelse());
      case Ast.AsyncFor l -> branching("Loop " + l.lineno(), l, List.of(l.body()), l.orelse());
      case Ast.While l -> branching("Loop " + l.lineno(), l, List.of(l.body()), l.orelse());
      case Ast.Try t -> {
        List<List<Ast.StmtNode>> blocks = new ArrayList<>();
        blocks.add(t.body());
        for (Ast.ExceptHandlerNode h : t.handlers()) {
          blocks.add(((Ast.ExceptHandler) h).body());
        }
        branching("TryExcept " + t.lineno(), t, blocks, t.orelse());
      }
      case Ast.With w -> {
        appendNode();
        statements(w.body());
      }
      case Ast.AsyncWith w -> {
        appendNode();
        statements(w.body());
      }
      default -> appendNode();
    }
  }

  private void function(String name, List<Ast.StmtNode> body, int line, int col) {
    if (inGraph) {
      // a closure: one more path, around its body
      appendNode();
      int start = tail;
      statements(body);
      int bottom = newNode();
      connectFrom(tail, bottom);
      connectFrom(start, bottom);
      tail = bottom;
      return;
    }
    String entity = classPrefix + name;
    openGraph();
    statements(body);
    closeGraph(entity, entity, line, col);
  }

  private void branching(
      String name, Ast.StmtNode s, List<List<Ast.StmtNode>> blocks, List<Ast.StmtNode> orelse) {
    if (!inGraph) {
      openGraph();
      branches(blocks, orelse);
      closeGraph(classPrefix + name, name, s.lineno(), s.colOffset());
    } else {
      appendNode();
      branches(blocks, orelse);
    }
  }

  /** Every block starts at the branching node; their ends (or the node itself) meet below. */
  private void branches(List<List<Ast.StmtNode>> blocks, List<Ast.StmtNode> orelse) {
    int start = tail;
    int looseEnds = 0;
    int[] ends = new int[blocks.size() + 1];
    for (List<Ast.StmtNode> block : blocks) {
      tail = start;
      statements(block);
      ends[looseEnds++] = tail;
    }
    if (!orelse.isEmpty()) {
      tail = start;
      statements(orelse);
      ends[looseEnds++] = tail;
    } else {
      ends[looseEnds++] = start;
    }
    int bottom = newNode();
    for (int i = 0; i < looseEnds; i++) {
      connectFrom(ends[i], bottom);
    }
    tail = bottom;
  }

  private void openGraph() {
    inGraph = true;
    edges = 0;
    nodes = 0;
    rootConnected = false;
    nextId = 1;
    connectedBottoms.clear();
    tail = 0;
  }

  private void closeGraph(String key, String entity, int line, int col) {
    graphs.put(key, new Graph(entity, line, col, edges - nodes + 2));
    inGraph = false;
  }

  private int nextId;

  /** A node not yet in the graph: it joins on its first connection. */
  private int newNode() {
    return -(nextId++) - 1; // negative until connected
  }

  /** mccabe's appendPathNode: nothing outside a graph, else a new node after the tail. */
  private void appendNode() {
    if (!inGraph) {
      return;
    }
    int n = nextId++;
    connectFrom(tail, n);
    tail = n;
  }

  // Node ids: 0 is the root, positive ids are connected nodes, negative ids are bottoms that
  // join the graph on their first connection (their ids become known by the caller's variable).
  private final java.util.BitSet connectedBottoms = new java.util.BitSet();

  private void connectFrom(int from, int to) {
    edges++;
    if (from == 0 && !rootConnected) {
      rootConnected = true;
      nodes++;
    }
    if (to > 0) {
      nodes++;
    } else {
      int key = -to - 1;
      if (!connectedBottoms.get(key)) {
        connectedBottoms.set(key);
        nodes++;
      }
    }
  }
}
