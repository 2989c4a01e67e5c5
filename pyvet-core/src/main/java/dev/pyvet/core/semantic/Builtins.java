package dev.pyvet.core.semantic;

import java.util.List;
import java.util.Set;

/**
 * The names every module can use without binding them: Python 3.13's {@code dir(builtins)} (as a
 * normally started interpreter has it, with the names the {@code site} module adds) plus the
 * module globals pyflakes treats as always defined. The one list pyvet keeps of them; a test
 * compares it with a live python3.13.
 */
public final class Builtins {
  private Builtins() {}

  /** Python 3.13's {@code dir(builtins)}, sorted as {@code dir} sorts it. */
  public static final List<String> PYTHON_313 = List.of(
      "ArithmeticError", "AssertionError", "AttributeError", "BaseException",
      "BaseExceptionGroup", "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning",
      "ChildProcessError", "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError",
      "ConnectionResetError", "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning",
      "EnvironmentError", "Exception", "ExceptionGroup", "False", "FileExistsError",
      "FileNotFoundError", "FloatingPointError", "FutureWarning", "GeneratorExit", "IOError",
      "ImportError", "ImportWarning", "IndentationError", "IndexError", "InterruptedError",
      "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
      "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
      "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning",
      "PermissionError", "ProcessLookupError", "PythonFinalizationError", "RecursionError",
      "ReferenceError", "ResourceWarning", "RuntimeError", "RuntimeWarning",
      "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
      "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError",
      "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError",
      "UnicodeWarning", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
      "_IncompleteInputError", "__build_class__", "__debug__", "__doc__", "__import__",
      "__loader__", "__name__", "__package__", "__spec__", "abs", "aiter", "all", "anext", "any",
      "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes", "callable", "chr",
      "classmethod", "compile", "complex", "copyright", "credits", "delattr", "dict", "dir",
      "divmod", "enumerate", "eval", "exec", "exit", "filter", "float", "format", "frozenset",
      "getattr", "globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance",
      "issubclass", "iter", "len", "license", "list", "locals", "map", "max", "memoryview", "min",
      "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range", "repr",
      "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum",
      "super", "tuple", "type", "vars", "zip");

  /**
   * Module globals that are not attributes of the builtins module (or exist on some platforms
   * only) and that pyflakes never reports as undefined.
   */
  public static final List<String> MAGIC_GLOBALS =
      List.of("__file__", "__builtins__", "__annotations__", "WindowsError");

  /**
   * What {@code dir()} lists at the top of a class body in Python 3.13: usable there without a
   * binding.
   */
  public static final Set<String> CLASS_BODY_MAGIC =
      Set.of("__firstlineno__", "__module__", "__qualname__");

  /** Names a function scope treats as always used (debugger and traceback hooks). */
  public static final Set<String> ALWAYS_USED_LOCALS = Set.of(
      "__tracebackhide__", "__traceback_info__", "__traceback_supplement__", "__debuggerskip__");

  /** The features {@code from __future__ import} accepts ({@code __future__.all_feature_names}). */
  public static final Set<String> FUTURE_FEATURES = Set.of(
      "nested_scopes", "generators", "division", "absolute_import", "with_statement",
      "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations");
}
