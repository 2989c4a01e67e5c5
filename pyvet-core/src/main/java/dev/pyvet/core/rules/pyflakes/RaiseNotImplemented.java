package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F901",
    name = "raise-not-implemented",
    family = "pyflakes",
    summary = "NotImplemented is raised instead of NotImplementedError.")
public final class RaiseNotImplemented extends StatementRule {}
