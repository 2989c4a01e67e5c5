package dev.pyvet.core.rules.pyflakes.format;

/** One message pyflakes reports on a format expression (all at the expression's start). */
public record Finding(String code, String message) {}
