package dev.pyvet.core.check;

import dev.pyvet.core.discovery.FileToCheck;
import dev.pyvet.syntax.parser.ParseResult;
import dev.pyvet.syntax.source.SourceText;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A file that decoded and parsed without error: what rules look at.
 *
 * @param derived analyses computed once per file and shared by the rules that need them (the
 *     semantic model, for instance); see {@link #derived(Object, Function)}
 */
public record ParsedFile(FileToCheck file, SourceText source, ParseResult parse, Derived derived) {

  public ParsedFile(FileToCheck file, SourceText source, ParseResult parse) {
    this(file, source, parse, new Derived());
  }

  /**
   * The analysis stored under {@code key}, computed by {@code compute} on first use. One file is
   * checked by one thread at a time, so no locking is needed.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<ParsedFile, T> compute) {
    Object found = derived.values.get(key);
    if (found == null) {
      found = compute.apply(this);
      derived.values.put(key, found);
    }
    return (T) found;
  }

  /** Holds a file's derived analyses; equal to every other (it is a cache, not content). */
  public static final class Derived {
    private final Map<Object, Object> values = new HashMap<>();

    @Override
    public boolean equals(Object o) {
      return o instanceof Derived;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }
}
