package dev.pyvet.core.rules.pyflakes;

import dev.pyvet.core.rule.RuleInfo;

@RuleInfo(
    code = "F631",
    name = "assert-tuple",
    family = "pyflakes",
    summary = "An assert tests a non-empty tuple, which is always true.")
public final class AssertTuple extends StatementRule {}
