package dev.pyvet.core.semantic;

/**
 * One of pyflakes' findings about names, imports and scopes, as the semantic model's traversal
 * produces it.
 *
 * @param code the flake8 code, e.g. {@code F401}
 * @param line the 1-based line
 * @param utf8Column the 0-based column in UTF-8 bytes, as CPython's AST gives it
 * @param message pyflakes' message text
 */
public record NameMessage(String code, int line, int utf8Column, String message) {}
