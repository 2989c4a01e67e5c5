package dev.pyvet.core.rules.naming;

/** What pep8-naming takes a function definition for, which decides N802, N804, N805 and N807. */
enum MethodKind {
  /** Not directly in a class body (nor in an if, loop, with or try there). */
  FUNCTION,
  METHOD,
  CLASSMETHOD,
  STATICMETHOD
}
