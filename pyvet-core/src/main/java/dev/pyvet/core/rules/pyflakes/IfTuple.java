package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F634",
    name = "if-tuple",
    family = "pyflakes",
    summary = "An if statement or expression tests a non-empty tuple, which is always true.")
public final class IfTuple extends StatementRule {}
