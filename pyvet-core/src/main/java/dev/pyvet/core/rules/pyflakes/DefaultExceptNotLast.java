package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F707",
    name = "default-except-not-last",
    family = "pyflakes",
    summary = "A bare except clause is followed by other except clauses.")
public final class DefaultExceptNotLast extends StatementRule {}
